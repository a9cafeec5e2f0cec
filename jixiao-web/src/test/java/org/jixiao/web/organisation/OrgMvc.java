package org.jixiao.web.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc on the shared test application (built by hand: @AutoConfigureMockMvc's own would be a second
 * context and database), through the real security filters: requests as a loaded user, or with a
 * session from the real login form; plus the few database reads the tests check against.
 */
final class OrgMvc {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private final MockMvc mvc;
    private final Users users;
    final JdbcClient jdbc;
    private final java.util.List<Long> created = new java.util.ArrayList<>();

    OrgMvc(WebApplicationContext context, Users users, JdbcClient jdbc) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A name no other test (or earlier run) uses. */
    static String unique(String prefix) {
        return prefix + NEXT.incrementAndGet();
    }

    MvcResult get(String username, String url) throws Exception {
        return as(username, MockMvcRequestBuilders.get(url));
    }

    /** A form post with the CSRF token as the page sends it; params alternate name, value. */
    MvcResult post(String username, String url, String... params) throws Exception {
        return as(username, form(url, params).with(csrf()));
    }

    MvcResult as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.find(username).orElseThrow().withoutPassword()))).andReturn();
    }

    /** Signs in on the login form: the session, or null when sign-in failed (redirected to /login?error). */
    MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        if (!"/".equals(login.getResponse().getRedirectedUrl())) {
            return null;
        }
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    MvcResult inSession(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session)).andReturn();
    }

    int apiStatus(String username, String password) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/evaluations").with(httpBasic(username, password)))
                .andReturn().getResponse().getStatus();
    }

    static MockHttpServletRequestBuilder form(String url, String... params) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }

    /** The refusal code the page shows (data-code of #problem), or null. */
    static String problemCode(MvcResult result) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"problem\"[^>]*data-code=\"([A-Z_]+)\"").matcher(html(result));
        return m.find() ? m.group(1) : null;
    }

    /** The id of a unit; units looked up this way are the test's own and are removed by {@link #removeCreatedUnits}. */
    long unitId(Long parentId, String name) {
        long id = jdbc.sql("select id from org_unit where parent_id is not distinct from :parent and name = :name")
                .param("parent", parentId, java.sql.Types.BIGINT).param("name", name).query(Long.class).single();
        created.add(id);
        return id;
    }

    /** A demo unit's id (never removed). */
    long demoUnitId(String name) {
        return jdbc.sql("select id from org_unit where name = :name").param("name", name).query(Long.class).single();
    }

    /**
     * Removes the units the test created, with their users, so the shared database has the demo units
     * only again (SmokeTests counts them). The organisation log keeps its entries, as it would.
     */
    void removeCreatedUnits() {
        if (created.isEmpty()) {
            return;
        }
        jdbc.sql("delete from app_user where unit_id in (:ids)").param("ids", created).update();
        jdbc.sql("delete from org_unit where id in (:ids)").param("ids", created).update();
        created.clear();
    }

    long unitCount(String name) {
        return jdbc.sql("select count(*) from org_unit where name = :name").param("name", name).query(Long.class).single();
    }

    String unitKind(long id) {
        return jdbc.sql("select kind from org_unit where id = :id").param("id", id).query(String.class).single();
    }

    long userCount(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username).query(Long.class).single();
    }

    long userId(String username) {
        return users.find(username).orElseThrow().id();
    }

    long bureauId() {
        return users.find("demo-admin").orElseThrow().unitId();
    }
}
