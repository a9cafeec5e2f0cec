package org.jixiao.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jixiao.web.organisation.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Pages through the application's real security filters on the shared test context (MockMvc built
 * here rather than with @AutoConfigureMockMvc, which would start a second context and database), as a
 * demo user signed in as its principal (no password check; null: anonymous), and the demo units' ids.
 * The features' test helpers extend it with their own tables' counts.
 */
public class Mvc {

    private final MockMvc mvc;
    private final Users users;
    private final JdbcClient jdbc;

    public Mvc(WebApplicationContext context) {
        this.mvc = build(context);
        this.users = context.getBean(Users.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    /** MockMvc on the shared context through Spring Security's filters. */
    public static MockMvc build(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    /** A request with the part "file" as a browser or a script sends an upload; complete it with fields. */
    public static MockMultipartHttpServletRequestBuilder multipart(String path, String fileName, byte[] content) {
        return MockMvcRequestBuilders.multipart(path).file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
    }

    public static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected JdbcClient jdbc() {
        return jdbc;
    }

    public MvcResult page(String username, String path) throws Exception {
        return perform(username, MockMvcRequestBuilders.get(path));
    }

    /** A form post with the CSRF token, as the page sends it. */
    public MvcResult post(String username, String path, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        form.forEach(request::param);
        return perform(username, request);
    }

    /** The page's upload form as a browser posts it: the file, the CSRF token, and the fields given. */
    public MvcResult upload(String username, String path, String fileName, byte[] content, Map<String, String> fields)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(path, fileName, content);
        fields.forEach(request::param);
        return perform(username, request.with(csrf()));
    }

    /** An upload form with the one field "year". */
    public MvcResult upload(String username, String path, String fileName, byte[] content, String year) throws Exception {
        return upload(username, path, fileName, content, Map.of("year", year));
    }

    public MvcResult perform(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (username != null) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn();
    }

    /** The id of a demo unit by the start of its name. */
    public long unit(String nameStart) {
        return jdbc.sql("select id from org_unit where name like :name").param("name", nameStart + "%").query(Long.class).single();
    }

    /** The unit a demo user belongs to. */
    public long unitOf(String username) {
        return users.find(username).orElseThrow().unitId();
    }
}
