package org.jixiao.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.JsonApi;
import org.jixiao.web.RealServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/** The reports API: upload and review, refusals with the pages' codes, check without storing, scope, read-only users. */
@JixiaoWebTest
class ReportApiTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    JsonApi api;
    ReportsMvc mvc;

    @BeforeEach
    void setUp() {
        api = new JsonApi(context);
        mvc = new ReportsMvc(context);
    }

    private static byte[] markdown() {
        return ReportUploadTests.markdown().getBytes(StandardCharsets.UTF_8);
    }

    private long baotou() {
        return jdbc.sql("select id from published_report where file_name = 'baotou-2024-final-accounts-and-project-self-evaluations.md'")
                .query(Long.class).single();
    }

    @Test
    void aMarkdownReportWithAWrongTotalIsStoredUnderTheFillersUnitAndItsReviewShowsTotalMismatch() throws Exception {
        long before = mvc.reportCount();

        JsonApi.Answer stored = api.upload("demo-unit", "/api/reports", "C:\\报告\\接口上传.md", markdown(), "2024");

        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        long id = stored.id();
        assertThat(stored.location()).isEqualTo("/api/reports/" + id);
        assertThat(mvc.reportCount()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select unit_id from published_report where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(mvc.unitOf("demo-unit"));

        JsonApi.Answer read = api.get("demo-unit", "/api/reports/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.<String>read("$.fileName")).isEqualTo("接口上传.md");
        assertThat(read.<String>read("$.title")).isEqualTo(ReportUploadTests.TITLE);
        assertThat(read.<Integer>read("$.year")).isEqualTo(2024);
        assertThat(read.<String>read("$.uploadedBy")).isEqualTo("demo-unit");
        assertThat(read.<String>read("$.unitName")).isEqualTo("南京市电化教育馆（南京市教育信息化中心）");
        assertThat(read.<Integer>read("$.errorCount")).isEqualTo(1);
        // items 2 + 1 = 3, the 合计 row says 4: on line 7 (title, blank, header, separator, A11, A12, 合计)
        String total = "$.review.findings[?(@.code == 'TOTAL_MISMATCH')]";
        assertThat(read.<List<String>>read(total + ".severity")).containsExactly("ERROR");
        assertThat(read.<List<Integer>>read(total + ".line")).containsExactly(7);
        assertThat(read.<List<String>>read(total + ".expected")).containsExactly("3");
        assertThat(read.<List<String>>read(total + ".found")).containsExactly("4");
        assertThat(read.<List<String>>read("$.review.tables[*].kind")).containsExactly("DEPARTMENT_EVALUATION");
        assertThat(read.<List<String>>read("$.review.tables[*].reportedTotal")).containsExactly("4.00");
        assertThat(read.<List<String>>read("$.review.tables[*].itemsTotal")).containsExactly("3.00");
        assertThat(read.<List<Boolean>>read("$.review.tables[*].totalDiffers")).containsExactly(true);
        assertThat(read.<Integer>read("$.review.errors")).isEqualTo(1);
        // the upload answered the same report
        assertThat(stored.<List<Integer>>read(total + ".line")).containsExactly(7);

        JsonApi.Answer list = api.get("demo-unit", "/api/reports?sort=uploaded&size=10");
        assertThat(list.<List<Number>>read("$.items[*].id").get(0).longValue()).isEqualTo(id);
        assertThat(list.<Integer>read("$.size")).isEqualTo(10);
        assertThat(((Number) list.read("$.total")).longValue()).isEqualTo(
                jdbc.sql("""
                                select count(*) from published_report r join org_unit o on o.id = r.unit_id
                                 where o.path like (select path from org_unit where id = :u) || '%'""")
                        .param("u", mvc.unitOf("demo-unit")).query(Long.class).single());
        assertThat(list.<List<String>>read("$.items[*].unitName")).containsOnly("南京市电化教育馆（南京市教育信息化中心）");
    }

    @Test
    void refusedFilesGetThePagesCodesAndNothingIsStored() throws Exception {
        long before = mvc.reportCount();

        JsonApi.Answer renamed = api.upload("demo-unit", "/api/reports", "renamed.docx", markdown(), "2024");
        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.<String>read("$.code")).isEqualTo("NOT_DOCX");
        assertThat(renamed.<String>read("$.message")).contains("可能只是改了扩展名");
        assertThat(renamed.<List<String>>read("$.problems[*].field")).containsExactly("file");

        JsonApi.Answer bomb = api.upload("demo-unit", "/api/reports", "bomb.docx", ReportUploadTests.zipBomb(), "2024");
        JsonApi.Answer exe = api.upload("demo-unit", "/api/reports", "report.exe", markdown(), "2024");
        JsonApi.Answer gbk = api.upload("demo-unit", "/api/reports", "gbk.txt", ReportUploadTests.TITLE.getBytes("GBK"), "2024");
        JsonApi.Answer year = api.upload("demo-unit", "/api/reports", "report.md", markdown(), "1999");
        assertThat(List.of(bomb.<String>read("$.code"), exe.<String>read("$.code"), gbk.<String>read("$.code"),
                year.<String>read("$.code"))).containsExactly("ZIP_BOMB", "BAD_EXTENSION", "NOT_UTF8", "BAD_YEAR");
        assertThat(List.of(bomb.status(), exe.status(), gbk.status(), year.status())).containsOnly(422);
        assertThat(year.<List<String>>read("$.problems[*].field")).containsExactly("year");

        JsonApi.Answer reviewer = api.upload("demo-reviewer", "/api/reports", "r.md", markdown(), "2024");
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(reviewer.<String>read("$.code")).isEqualTo("STORE_NOT_ALLOWED");
        assertThat(mvc.reportCount()).isEqualTo(before);
    }

    @Test
    void aCheckReviewsTheFileAndStoresNothing() throws Exception {
        long before = mvc.reportCount();

        JsonApi.Answer checked = api.upload("demo-reviewer", "/api/reports/check", "check.md", markdown(), "2024");

        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.<String>read("$.fileName")).isEqualTo("check.md");
        assertThat(checked.<Integer>read("$.year")).isEqualTo(2024);
        assertThat(checked.<List<Integer>>read("$.review.findings[?(@.code == 'TOTAL_MISMATCH')].line")).containsExactly(7);
        assertThat(mvc.reportCount()).isEqualTo(before);

        JsonApi.Answer notDocx = api.upload("demo-unit", "/api/reports/check", "renamed.docx", markdown(), "2024");
        assertThat(notDocx.status()).isEqualTo(422);
        assertThat(notDocx.<String>read("$.code")).isEqualTo("NOT_DOCX");
        assertThat(mvc.reportCount()).isEqualTo(before);
    }

    @Test
    void aReportOutsideTheScopeIsNotFoundAndTheAuditorReadsButWritesNothing() throws Exception {
        long baotou = baotou();
        long before = mvc.reportCount();

        JsonApi.Answer hidden = api.get("demo-unit", "/api/reports/" + baotou);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.<String>read("$.code")).isEqualTo("NOT_FOUND");
        assertThat(api.get("demo-unit", "/api/reports?size=200").<List<Number>>read("$.items[*].id")
                .stream().map(Number::longValue).toList()).doesNotContain(baotou);

        JsonApi.Answer auditor = api.get("demo-auditor", "/api/reports/" + baotou);
        assertThat(auditor.status()).isEqualTo(200);
        assertThat(auditor.<String>read("$.unitName")).isEqualTo("包头市电化教育馆");
        assertThat(auditor.<List<String>>read("$.review.tables[*].kind")).contains("PROJECT_SELF_EVALUATION");
        for (String path : List.of("/api/reports", "/api/reports/check")) {
            JsonApi.Answer refused = api.upload("demo-auditor", path, "a.md", markdown(), "2024");
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.<String>read("$.code")).isEqualTo("READ_ONLY");
            assertThat(refused.<String>read("$.message")).isEqualTo("审计人员只能查看报告，不能上传");
        }
        JsonApi.Answer anonymous = api.upload(null, "/api/reports", "a.md", markdown(), "2024");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.<String>read("$.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(api.get(null, "/api/reports/" + baotou).status()).isEqualTo(401);
        assertThat(mvc.reportCount()).isEqualTo(before);
    }

    /** Over the limit the server refuses the body before any controller; the API still answers its JSON. */
    @Test
    void aFileOverTheLimitIsRefusedWithFileTooLargeAsJson() throws Exception {
        long before = mvc.reportCount();

        HttpResponse<String> refused = new RealServer(port).upload("/api/reports", Map.of("year", "2024"), "big.md",
                RealServer.overTheLimit(), "Authorization", RealServer.basic("demo-unit"));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(refused.body()).contains("\"code\":\"FILE_TOO_LARGE\"", "文件超过 10 MB");
        assertThat(mvc.reportCount()).isEqualTo(before);
    }

    @Test
    void theReportCallsAreDocumented() throws Exception {
        JsonApi.Answer docs = api.get(null, "/api/openapi");

        assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys("/api/reports", "/api/reports/{id}", "/api/reports/check");
        assertThat(docs.<String>read("$.paths['/api/reports'].post.summary")).isEqualTo("上传并保存报告");
        assertThat(docs.<String>read("$.paths['/api/reports'].post.requestBody.content['multipart/form-data'].schema['$ref']"))
                .endsWith("/ApiReportUpload");
        assertThat(docs.<Map<String, Object>>read("$.components.schemas.ApiReportUpload.properties")).containsOnlyKeys("file", "year");
        // year is a form field beside the file, not a query parameter
        assertThat(docs.<Map<String, Object>>read("$.paths['/api/reports/check'].post")).doesNotContainKey("parameters");
        assertThat(docs.<Map<String, Object>>read("$.paths['/api/reports'].post.responses"))
                .containsKeys("201", "401", "403", "413", "422");
        assertThat(docs.<String>read("$.paths['/api/reports/{id}'].get.responses['200'].content['application/json'].schema['$ref']"))
                .endsWith("/ApiReportDetail");
        assertThat(docs.<String>read("$.paths['/api/reports'].get.responses['200'].content['application/json'].schema['$ref']"))
                .endsWith("/ApiReportPage");
    }
}
