package org.jixiao.web.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jixiao.core.accounts.tables.DemoTables;
import org.jixiao.core.accounts.tables.DisclosureTables;
import org.jixiao.formats.accounts.DisclosureTablesXlsx;
import org.jixiao.web.organisation.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Requests through the application's real security filters on the shared test context (MockMvc
 * built here, so no second application starts), as a demo user signed in as its principal; the
 * disclosure tables' row counts, and workbooks to upload.
 */
public final class AccountsMvc {

    private final MockMvc mvc;
    private final Users users;
    private final JdbcClient jdbc;

    public AccountsMvc(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        this.users = context.getBean(Users.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public MvcResult page(String username, String path) throws Exception {
        return perform(username, get(path));
    }

    /** The page's upload form as a browser posts it: the file, the CSRF token, and any fields given. */
    public MvcResult upload(String username, String path, String fileName, byte[] content, Map<String, String> fields)
            throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = multipart(path)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content)).with(csrf());
        fields.forEach(request::param);
        return perform(username, request);
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

    /** The demo's Baotou disclosure (outside demo-unit's scope, inside every supervisor's). */
    public long baotou() {
        return jdbc.sql("select id from disclosure where unit_id = :unit and year = 2024")
                .param("unit", unit("包头市电化教育馆")).query(Long.class).single();
    }

    /** Rows in all disclosure tables together: any write changes it. */
    public long rows() {
        return jdbc.sql("""
                select (select count(*) from disclosure) + (select sum(version) from disclosure)
                     + (select count(*) from disclosure_version) + (select count(*) from disclosure_table)
                     + (select count(*) from disclosure_row) + (select count(*) from disclosure_value)""")
                .query(Long.class).single();
    }

    /** Baotou's tables for another year (the checks then find no classification for most years: only info). */
    public static DisclosureTables baotou(int year) {
        DisclosureTables b = DemoTables.baotou2024();
        return new DisclosureTables(b.unit(), year, b.kind(), b.tables());
    }

    public static byte[] workbook(DisclosureTables tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisclosureTablesXlsx.write(tables, out);
        return out.toByteArray();
    }
}
