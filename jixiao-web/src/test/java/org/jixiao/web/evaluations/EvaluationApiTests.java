package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/** Saving through the API: what is stored, the read model, the change log, optimistic locking, bad input. */
@JixiaoWebTest
class EvaluationApiTests {

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

    @Test
    void aSaveStoresTheEntriesTheReadModelAndWhoChangedWhat() throws Exception {
        long id = tables.draft();
        Http.Answer before = http.get("demo-unit", "/api/evaluations/" + id);
        assertThat(before.status()).isEqualTo(200);
        int version = before.read("$.version");
        assertThat(before.<String>read("$.status")).isEqualTo("DRAFT");

        // 1.1.1: 50 of 57 lessons → 5 × 50 / 57 = 4.39 → 4.4 (rounded to one decimal); a reason is given
        Http.Answer saved = http.api("demo-unit", HttpMethod.PUT, "/api/evaluations/" + id + "/entries", Map.of(
                "version", version,
                "entries", Map.of("1.1.1", Map.of("actual", "50", "deviationReason", "寒假停课两周")),
                "funds", Tables.cleanFunds()));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.<Integer>read("$.version")).isEqualTo(version + 1);
        assertThat(saved.<List<String>>read("$.rows[?(@.code == '1.1.1')].score")).containsExactly("4.4");
        assertThat(saved.<List<String>>read("$.rows[?(@.code == 'FUNDS')].score")).containsExactly("10");
        assertThat(saved.<List<String>>read("$.rows[?(@.code == '1.1.1')].lostPoints")).containsExactly("0.6");
        assertThat(saved.<List<String>>read("$.subtotals[?(@.code == '1.1')].subtotal")).containsExactly("4.4");
        assertThat(saved.<String>read("$.total")).isEqualTo("14.4");
        assertThat(saved.<String>read("$.grade")).isEmpty(); // no grade while rows are pending
        assertThat(saved.<Boolean>read("$.complete")).isFalse();

        // the entries and the read model are in PostgreSQL, and agree with what the API answered
        assertThat(tables.actual(id, "1.1.1")).isEqualTo("50");
        Map<String, Object> row = jdbc.sql("select total, grade, error_count, warning_count, complete, version from evaluation where id = :id")
                .param("id", id).query().singleRow();
        assertThat((BigDecimal) row.get("total")).isEqualByComparingTo("14.4");
        assertThat(row.get("grade")).isNull();
        assertThat(row.get("complete")).isEqualTo(false);
        assertThat(row.get("error_count")).isEqualTo(saved.<Integer>read("$.errorCount"));
        assertThat(row.get("warning_count")).isEqualTo(saved.<Integer>read("$.warningCount"));
        assertThat(row.get("version")).isEqualTo(version + 1);
        assertThat((Integer) row.get("warning_count")).isGreaterThan(0); // rows not yet filled in

        // who changed which field from what to what, and the history endpoint shows it
        Map<String, Object> change = jdbc.sql("""
                        select username, old_value, new_value from change_log
                         where evaluation_id = :id and field = '1.1.1 实际完成值'""")
                .param("id", id).query().singleRow();
        assertThat(change).containsEntry("username", "demo-unit").containsEntry("old_value", "").containsEntry("new_value", "50");
        Http.Answer history = http.get("demo-unit", "/api/evaluations/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.<List<String>>read("$[?(@.field == '1.1.1 实际完成值')].newValue")).containsExactly("50");
        assertThat(history.<List<String>>read("$[?(@.field == '1.1.1 偏差原因')].username")).containsExactly("demo-unit");
        assertThat(history.<List<String>>read("$[?(@.field == '资金 年度资金总额 全年执行数')].newValue")).containsExactly("20");

        // a later save changes one row and keeps the others (rows not named stay as they are)
        Http.Answer second = http.api("demo-unit", HttpMethod.PUT, "/api/evaluations/" + id + "/entries",
                Map.of("version", version + 1, "entries", Map.of("1.1.2", Map.of("actual", "174"))));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(tables.actual(id, "1.1.1")).isEqualTo("50");
        assertThat(tables.actual(id, "1.1.2")).isEqualTo("174");
        assertThat(second.<String>read("$.total")).isEqualTo("19.4");
        assertThat(jdbc.sql("select old_value from change_log where evaluation_id = :id and field = '1.1.1 实际完成值'")
                .param("id", id).query(String.class).list()).containsExactly(""); // 1.1.1 not logged again
    }

    @Test
    void twoSavesWithTheSameVersionTheSecondConflictsAndChangesNothing() throws Exception {
        long id = tables.draft();
        int version = tables.version(id);
        Http.Answer first = http.api("demo-unit", HttpMethod.PUT, "/api/evaluations/" + id + "/entries",
                Map.of("version", version, "entries", Map.of("1.1.1", Map.of("actual", "57"))));
        assertThat(first.status()).isEqualTo(200);
        long changes = tables.changes(id);

        Http.Answer second = http.api("demo-unit", HttpMethod.PUT, "/api/evaluations/" + id + "/entries",
                Map.of("version", version, "entries", Map.of("1.1.1", Map.of("actual", "10"), "1.1.2", Map.of("actual", "1"))));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.<String>read("$.code")).isEqualTo("CONFLICT");
        assertThat(second.<String>read("$.message")).contains("demo-unit").contains("您的输入已保留");
        assertThat(tables.actual(id, "1.1.1")).isEqualTo("57");
        assertThat(tables.actual(id, "1.1.2")).isEmpty();
        assertThat(tables.version(id)).isEqualTo(version + 1);
        assertThat(tables.changes(id)).isEqualTo(changes);
    }

    @Test
    void invalidInputIsAnsweredFieldByFieldAndNothingIsSaved() throws Exception {
        long id = tables.draft();
        int version = tables.version(id);
        long changes = tables.changes(id);

        Http.Answer answer = http.api("demo-unit", HttpMethod.PUT, "/api/evaluations/" + id + "/entries", Map.of(
                "version", version,
                "entries", Map.of("1.3.1", Map.of("judgementScore", "4"), "9.9.9", Map.of("actual", "1")),
                "funds", List.of(Map.of("name", "年度资金总额", "adjusted", "二十", "executed", "20"),
                        Map.of("name", "其中：财政拨款"), Map.of("name", "上年结转资金"), Map.of("name", "其他资金"))));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>read("$.code")).isEqualTo("INVALID");
        assertThat(answer.<List<String>>read("$.problems[*].field")).containsExactlyInAnyOrder(
                "entries.9.9.9", "entries.1.3.1.judgementReason", "funds[0].adjusted");
        assertThat(answer.<List<String>>read("$.problems[*].code")).containsExactlyInAnyOrder(
                "UNKNOWN_INDICATOR", "JUDGEMENT_REASON_MISSING", "AMOUNT_INVALID");
        assertThat(answer.<List<String>>read("$.problems[?(@.code == 'AMOUNT_INVALID')].message"))
                .singleElement().asString().contains("二十").contains("不是金额");
        assertThat(tables.version(id)).isEqualTo(version);
        assertThat(tables.changes(id)).isEqualTo(changes);

        Http.Answer noVersion = http.api("demo-unit", HttpMethod.PUT, "/api/evaluations/" + id + "/entries",
                Map.of("entries", Map.of("1.1.1", Map.of("actual", "57"))));
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(noVersion.<String>read("$.code")).isEqualTo("VERSION_REQUIRED");

        Http.Answer notJson = http.api("demo-unit", HttpMethod.PUT, "/api/evaluations/" + id + "/entries", "{oops");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(tables.actual(id, "1.1.1")).isEmpty();
    }

    @Test
    void aPreviewScoresTheGivenEntriesAndSavesNothing() throws Exception {
        long id = tables.draft();
        int version = tables.version(id);
        long changes = tables.changes(id);

        Http.Answer preview = http.api("demo-auditor", HttpMethod.POST, "/api/evaluations/" + id + "/preview",
                Map.of("entries", Tables.cleanRows(), "funds", Tables.cleanFunds()));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.<String>read("$.total")).isEqualTo("100");
        assertThat(preview.<String>read("$.grade")).isEqualTo("优");
        assertThat(preview.<Integer>read("$.errorCount")).as(preview.body()).isZero();
        assertThat(preview.<Integer>read("$.version")).isEqualTo(version);
        assertThat(preview.<Boolean>read("$.actions.edit")).isFalse(); // the auditor may look, not change

        // a lost point without a reason is an error finding, named by its row
        Http.Answer missing = http.api("demo-unit", HttpMethod.POST, "/api/evaluations/" + id + "/preview",
                Map.of("entries", Map.of("1.1.1", Map.of("actual", "50"))));
        assertThat(missing.<List<String>>read("$.findings[?(@.code == 'DEVIATION_REASON_MISSING')].row")).containsExactly("1.1.1");
        assertThat(missing.<List<String>>read("$.findings[?(@.code == 'DEVIATION_REASON_MISSING')].severity")).containsExactly("ERROR");

        assertThat(tables.version(id)).isEqualTo(version);
        assertThat(tables.changes(id)).isEqualTo(changes);
        assertThat(tables.actual(id, "1.1.1")).isEmpty();
    }

    @Test
    void aFillerCreatesADraftForTheirOwnUnitOnly() throws Exception {
        long framework = tables.frameworkId();
        Http.Answer created = http.api("demo-unit", HttpMethod.POST, "/api/evaluations",
                Map.of("frameworkId", framework, "year", 2025, "project", "接口新建的项目"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = ((Number) created.read("$.id")).longValue();
        assertThat(created.<String>read("$.status")).isEqualTo("DRAFT");
        assertThat(((Number) created.read("$.unitId")).longValue()).isEqualTo(tables.nanjing());
        assertThat(created.<String>read("$.project")).isEqualTo("接口新建的项目");
        assertThat(jdbc.sql("select new_value from change_log where evaluation_id = :id and field = '新建'")
                .param("id", id).query(String.class).single()).isEqualTo("接口新建的项目");

        Http.Answer again = http.api("demo-unit", HttpMethod.POST, "/api/evaluations",
                Map.of("frameworkId", framework, "year", 2025, "project", "接口新建的项目"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.<List<String>>read("$.problems[*].code")).containsExactly("PROJECT_EXISTS");

        long target = frameworks.findByCode("suzhou-target-table").orElseThrow().id();
        Http.Answer bad = http.api("demo-unit", HttpMethod.POST, "/api/evaluations",
                Map.of("frameworkId", target, "year", 1999, "project", " "));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.<List<String>>read("$.problems[*].code"))
                .containsExactly("FRAMEWORK_NOT_SCORED", "YEAR_INVALID", "PROJECT_REQUIRED");
        assertThat(bad.<List<String>>read("$.problems[*].field")).containsExactly("frameworkId", "year", "project");

        Http.Answer unknown = http.api("demo-unit", HttpMethod.POST, "/api/evaluations",
                Map.of("frameworkId", 999_999, "year", 2025, "project", "x"));
        assertThat(unknown.<List<String>>read("$.problems[*].code")).containsExactly("FRAMEWORK_NOT_FOUND");

        long before = jdbc.sql("select count(*) from evaluation").query(Long.class).single();
        Http.Answer reviewer = http.api("demo-reviewer", HttpMethod.POST, "/api/evaluations",
                Map.of("frameworkId", framework, "year", 2025, "project", "审核人不能新建"));
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(reviewer.<String>read("$.code")).isEqualTo("NOT_ALLOWED");
        assertThat(jdbc.sql("select count(*) from evaluation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theListAnswersTheUsersScopeWithFilters() throws Exception {
        long own = tables.draft();
        long other = tables.draft(tables.shenzhen());

        // one page {items, page, size, total}; newest first, so the new drafts are on the first page
        Http.Answer filler = http.get("demo-unit", "/api/evaluations?year=2024&status=DRAFT&sort=updated");
        assertThat(filler.status()).isEqualTo(200);
        List<Number> ids = filler.read("$.items[*].id");
        assertThat(ids.stream().map(Number::longValue).toList()).contains(own).doesNotContain(other);
        assertThat(filler.<List<String>>read("$.items[*].unitName")).allMatch(n -> n.startsWith("南京市电化教育馆"));
        assertThat(filler.<Integer>read("$.page")).isEqualTo(1);
        // another unit's tables are not even counted for her
        assertThat(http.get("demo-unit", "/api/evaluations?unit=" + tables.shenzhen()).<Integer>read("$.total")).isZero();

        Http.Answer reviewer = http.get("demo-reviewer", "/api/evaluations?status=DRAFT&sort=updated&unit=" + tables.shenzhen());
        List<Number> reviewerIds = reviewer.read("$.items[*].id");
        assertThat(reviewerIds.stream().map(Number::longValue).toList()).contains(other).doesNotContain(own);
        assertThat(reviewer.<Integer>read("$.total")).isPositive();

        Http.Answer badStatus = http.get("demo-reviewer", "/api/evaluations?status=NONSENSE");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.<String>read("$.code")).isEqualTo("BAD_PARAMETER");
    }

    @Test
    void theApiIsDocumentedInChinese() throws Exception {
        Http.Answer docs = http.get(null, "/api/openapi");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.<Map<String, Object>>read("$.paths")).containsKeys("/api/evaluations", "/api/evaluations/{id}",
                "/api/evaluations/{id}/entries", "/api/evaluations/{id}/preview", "/api/evaluations/{id}/submit",
                "/api/evaluations/{id}/approve", "/api/evaluations/{id}/publish", "/api/evaluations/{id}/return",
                "/api/evaluations/{id}/unlock", "/api/evaluations/{id}/history", "/api/evaluations/{id}/comments");
        assertThat(docs.<String>read("$.paths['/api/evaluations/{id}/entries'].put.summary")).isEqualTo("保存填报");
        assertThat(docs.<Map<String, Object>>read("$.paths['/api/evaluations/{id}/entries'].put.responses"))
                .containsKeys("200", "401", "403", "404", "409", "422");
        assertThat(docs.<String>read("$.paths['/api/evaluations/{id}/entries'].put.responses['200'].content['application/json'].schema['$ref']"))
                .endsWith("/ApiTable");
        // the signed-in user is not a request parameter
        assertThat(docs.<List<String>>read("$.paths['/api/evaluations'].get.parameters[*].name"))
                .containsExactlyInAnyOrder("year", "status", "unit", "errors", "sort", "q", "grade", "page", "size");
        assertThat(docs.<String>read("$.paths['/api/evaluations'].get.responses['200'].content['application/json'].schema['$ref']"))
                .endsWith("/ApiPage");
    }

    @Test
    void everyOperationDocumentsItsSuccessfulAnswer() throws Exception {
        Http.Answer docs = http.get(null, "/api/openapi");
        Map<String, Map<String, Map<String, Object>>> paths = docs.read("$.paths");
        List<String> without = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                without.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }));
        assertThat(paths).hasSizeGreaterThanOrEqualTo(20);
        assertThat(without).as("operations whose 2xx answer is not documented").isEmpty();
    }
}
