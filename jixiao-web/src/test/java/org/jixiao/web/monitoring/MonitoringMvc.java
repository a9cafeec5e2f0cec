package org.jixiao.web.monitoring;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jixiao.formats.monitoring.MonitoringTemplate;
import org.jixiao.formats.monitoring.MonitoringWorkbook;
import org.jixiao.web.organisation.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Pages through the application's real security filters on the shared test context, as a demo user
 * (signed in as the user's principal, no password check), and the monitoring tables' row counts.
 */
public final class MonitoringMvc {

    private final MockMvc mvc;
    private final Users users;
    private final JdbcClient jdbc;

    public MonitoringMvc(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.users = context.getBean(Users.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public MvcResult page(String username, String path) throws Exception {
        return perform(username, get(path));
    }

    /** A form post with the CSRF token, as the page sends it. */
    public MvcResult post(String username, String path, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        form.forEach(request::param);
        return perform(username, request);
    }

    public MvcResult upload(String username, String path, String fileName, byte[] content, String year) throws Exception {
        return perform(username, multipart(path).file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("year", year).with(csrf()));
    }

    public MvcResult perform(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (username != null) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn();
    }

    public static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The id of a demo unit by the start of its name. */
    public long unit(String nameStart) {
        return jdbc.sql("select id from org_unit where name like :name").param("name", nameStart + "%").query(Long.class).single();
    }

    /** Rows in all monitoring tables together, log included: any write changes it. */
    public long rows() {
        return jdbc.sql("""
                select (select count(*) from monitoring_execution) + (select count(*) from monitoring_indicator)
                     + (select count(*) from monitoring_deviation) + (select count(*) from monitoring_plan)
                     + (select count(*) from monitoring_log)""").query(Long.class).single();
    }

    public long count(String table, long unitId, int year) {
        // table is one of the monitoring tables named by the tests, never request text
        return jdbc.sql("select count(*) from " + table + " where unit_id = :unit and year = :year")
                .param("unit", unitId).param("year", year).query(Long.class).single();
    }

    public static byte[] workbook(int year, MonitoringWorkbook content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonitoringTemplate.write(out, year, content);
        return out.toByteArray();
    }
}
