package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** The new-table form on the list page: who sees it, what it creates, what it says about bad input. */
@JixiaoWebTest
class CreateTablePageTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    FrameworkCatalog frameworks;
    @Autowired
    JdbcClient jdbc;

    Http http;
    Tables tables;

    @BeforeEach
    void setUp() {
        http = new Http(context);
        tables = Tables.of(context);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aFillerSeesTheFormWithScoredFrameworksOnlyAReviewerDoesNot() throws Exception {
        String filler = body(http.page("demo-unit", get("/evaluations")));
        assertThat(filler).contains("id=\"create-form\"").contains("新建自评表")
                .contains("value=\"" + tables.frameworkId() + "\"")
                .doesNotContain("value=\"" + frameworks.findByCode("suzhou-target-table").orElseThrow().id() + "\"");
        assertThat(body(http.page("demo-reviewer", get("/evaluations")))).doesNotContain("create-form");
    }

    @Test
    void theFormCreatesADraftForTheFillersUnitAndOpensIt() throws Exception {
        MvcResult result = http.page("demo-unit", post("/evaluations").with(csrf())
                .param("frameworkId", Long.toString(tables.frameworkId())).param("year", "2025").param("project", "页面新建的项目"));

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        long id = jdbc.sql("select id from evaluation where project = '页面新建的项目'").query(Long.class).single();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/" + id);
        assertThat(result.getFlashMap().get("notice")).isEqualTo("create.done");
        assertThat(tables.status(id)).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select unit_id from evaluation where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(tables.nanjing());
    }

    @Test
    void badInputIsShownFieldByFieldInTheUsersLanguageAndKeptAsTyped() throws Exception {
        long before = jdbc.sql("select count(*) from evaluation").query(Long.class).single();
        MvcResult zh = http.page("demo-unit", post("/evaluations").with(csrf())
                .param("frameworkId", "").param("year", "二〇二五").param("project", "我的项目"));
        assertThat(zh.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(zh)).contains("data-code=\"FRAMEWORK_REQUIRED\"").contains("请选择指标体系")
                .contains("data-code=\"YEAR_INVALID\"").contains("年度须为2000至2100之间的整数")
                .contains("value=\"我的项目\"");

        MvcResult en = http.page("demo-unit", post("/evaluations").with(csrf()).param("lang", "en")
                .param("frameworkId", Long.toString(tables.frameworkId())).param("year", "2025").param("project", ""));
        assertThat(body(en)).contains("data-code=\"PROJECT_REQUIRED\"").contains("Enter the project name");
        assertThat(jdbc.sql("select count(*) from evaluation").query(Long.class).single()).isEqualTo(before);
    }
}
