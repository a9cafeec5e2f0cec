package org.jixiao.web.frameworks;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Users;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc over the shared test application (built by hand rather than with @AutoConfigureMockMvc,
 * which would start a second context and database), signed in as a demo user loaded from {@link Users}.
 */
final class SignedIn {

    private final MockMvc mvc;
    private final Users users;
    private final WebApplicationContext context;

    SignedIn(WebApplicationContext context, Users users) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.users = users;
        this.context = context;
    }

    /** A copy of a shipped framework for the user's unit, under a new code, as the copy page makes it. */
    FrameworkCatalog.StoredFramework copy(String shipped, String username, String code, String title) {
        FrameworkCatalog catalog = context.getBean(FrameworkCatalog.class);
        FrameworkEditing.Outcome outcome = context.getBean(FrameworkEditing.class).copy(user(username),
                catalog.findByCode(shipped).orElseThrow().id(), code, "2025", title);
        org.assertj.core.api.Assertions.assertThat(outcome).isInstanceOf(FrameworkEditing.Outcome.Done.class);
        return catalog.findByCode(code).orElseThrow();
    }

    /** The framework as it is stored now. */
    FrameworkCatalog.StoredFramework reread(FrameworkCatalog.StoredFramework f) {
        return context.getBean(FrameworkCatalog.class).findByCode(f.code()).orElseThrow();
    }

    CurrentUser user(String username) {
        return users.find(username).orElseThrow().withoutPassword();
    }

    MvcResult get(String username, String url) throws Exception {
        return perform(username, MockMvcRequestBuilders.get(url));
    }

    /** A form post with the CSRF token, as the page sends it; params alternate name, value. */
    MvcResult post(String username, String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return perform(username, request);
    }

    private MvcResult perform(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SecurityMockMvcRequestPostProcessors.user(user(username)))).andReturn();
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }
}
