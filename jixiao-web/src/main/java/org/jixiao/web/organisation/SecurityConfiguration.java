package org.jixiao.web.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in and the rules every request passes. Pages: form login, CSRF on, the session id changed on
 * sign-in. The REST API under /api: HTTP Basic, no session (so a browser's cookie cannot be used
 * against it, which is why it needs no CSRF token). What a user may see and change beyond being
 * signed in is decided by the features, in their queries.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with the {id} prefix so stored hashes can move to a stronger encoder later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/openapi/**", "/api/docs/**", "/api/openapi", "/api/docs").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("jixiao").authenticationEntryPoint(SecurityConfiguration::unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthenticated))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    /** The API's 401, as JSON like its other errors ({code, message}), with the Basic challenge. */
    private static void unauthenticated(jakarta.servlet.http.HttpServletRequest request,
                                        jakarta.servlet.http.HttpServletResponse response,
                                        org.springframework.security.core.AuthenticationException e) throws java.io.IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"jixiao\"");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"code\":\"UNAUTHENTICATED\",\"message\":\"需要以 HTTP Basic 方式登录（用户名或密码错误，或尝试次数过多已被暂时锁定）\"}");
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, Users users) throws Exception {
        http.addFilterBefore(new SignedInStillEnabled(users),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/error", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; form-action 'self'"))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
