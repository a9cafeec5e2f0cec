package org.jixiao.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The throttle wired into sign-in: API (HTTP Basic) and login form. A user of its own, so no demo user is locked. */
@JixiaoWebTest
class LoginThrottleHttpTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Users users;

    @Test
    void fiveWrongPasswordsLockTheNameEvenAgainstTheRightOne() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        long unit = users.find("demo-unit").orElseThrow().unitId();
        users.create("throttle-test", "right-password", "限流测试", unit, Role.UNIT_FILLER);

        assertThat(status(mvc, "throttle-test", "right-password")).isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            assertThat(status(mvc, "throttle-test", "wrong-" + i)).as("wrong password " + i).isEqualTo(401);
        }

        assertThat(status(mvc, "throttle-test", "right-password")).as("right password while locked").isEqualTo(401);
        MvcResult form = mvc.perform(formLogin("/login").user("throttle-test").password("right-password")).andReturn();
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(status(mvc, "demo-auditor", "demo")).as("another name").isEqualTo(200);
    }

    private static int status(MockMvc mvc, String username, String password) throws Exception {
        return mvc.perform(get("/api/evaluations").with(httpBasic(username, password))).andReturn().getResponse().getStatus();
    }
}
