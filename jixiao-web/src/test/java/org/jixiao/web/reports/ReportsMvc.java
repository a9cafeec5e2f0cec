package org.jixiao.web.reports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.jixiao.web.organisation.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc on the shared application context (built here rather than with @AutoConfigureMockMvc, which
 * would start a second context and database), requests made as a demo user.
 */
final class ReportsMvc {

    private final MockMvc mvc;
    private final Users users;
    private final JdbcClient jdbc;

    ReportsMvc(WebApplicationContext context, Users users, JdbcClient jdbc) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.users = users;
        this.jdbc = jdbc;
    }

    MvcResult page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn();
    }

    MvcResult upload(String username, String path, String fileName, byte[] content, String year) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("year", year).with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn();
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long reportCount() {
        return jdbc.sql("select count(*) from published_report").query(Long.class).single();
    }

    /** The unit a demo user belongs to. */
    long unitOf(String username) {
        return users.find(username).orElseThrow().unitId();
    }
}
