package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The workflow through the API: submit, lock, return with comments, approve, publish, unlock. */
@JixiaoWebTest
class WorkflowApiTests {

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

    private Http.Answer step(String user, long id, String step, Map<String, Object> body) throws Exception {
        return http.api(user, HttpMethod.POST, "/api/evaluations/" + id + "/" + step, body);
    }

    private Http.Answer step(String user, long id, String step) throws Exception {
        return step(user, id, step, Map.of("version", tables.version(id)));
    }

    private Http.Answer save(String user, long id, Map<String, Object> entries) throws Exception {
        return http.api(user, HttpMethod.PUT, "/api/evaluations/" + id + "/entries",
                Map.of("version", tables.version(id), "entries", entries));
    }

    @Test
    void submitIsRefusedWhileAnErrorIsOpenAndAcceptedWhenClean() throws Exception {
        long id = tables.draft();
        // everything full marks except 1.1.1, which loses points without a reason: an error finding
        assertThat(http.api("demo-unit", HttpMethod.PUT, "/api/evaluations/" + id + "/entries", Map.of(
                "version", tables.version(id), "entries", Tables.cleanRows(), "funds", Tables.cleanFunds())).status())
                .isEqualTo(200);
        Http.Answer withError = save("demo-unit", id, Map.of("1.1.1", Map.of("actual", "50")));
        assertThat(withError.<Integer>read("$.errorCount")).isEqualTo(1);
        assertThat(withError.<List<String>>read("$.findings[?(@.severity == 'ERROR')].code")).containsExactly("DEVIATION_REASON_MISSING");
        int version = tables.version(id);

        Http.Answer refused = step("demo-unit", id, "submit");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.<String>read("$.code")).isEqualTo("OPEN_ERRORS");
        assertThat(refused.<String>read("$.message")).isEqualTo("还有1个错误未处理，不能提交");
        assertThat(tables.status(id)).isEqualTo("DRAFT");
        assertThat(tables.version(id)).isEqualTo(version);

        assertThat(save("demo-unit", id, Map.of("1.1.1", Map.of("deviationReason", "寒假停课两周，课时减少"))).status()).isEqualTo(200);
        Http.Answer submitted = step("demo-unit", id, "submit");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.<String>read("$.status")).isEqualTo("SUBMITTED");
        assertThat(submitted.<Boolean>read("$.locked")).isTrue();
        assertThat(submitted.<Boolean>read("$.actions.edit")).isFalse();

        // a submitted table is locked: the filler's save is refused and nothing changes
        long changes = tables.changes(id);
        Http.Answer locked = save("demo-unit", id, Map.of("1.1.2", Map.of("actual", "1")));
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.<String>read("$.code")).isEqualTo("NOT_EDITABLE");
        assertThat(tables.actual(id, "1.1.2")).isEqualTo("174");
        assertThat(tables.changes(id)).isEqualTo(changes);
        assertThat(http.get("demo-unit", "/api/evaluations/" + id + "/history")
                .<List<String>>read("$[?(@.field == '状态')].newValue")).containsExactly("SUBMITTED");
    }

    @Test
    void aReturnNeedsACommentUnlocksTheTableAndKeepsCommentsPerRow() throws Exception {
        long id = tables.submitted();
        int version = tables.version(id);

        Http.Answer noComment = step("demo-reviewer", id, "return", Map.of("version", version, "comment", "  "));
        assertThat(noComment.status()).isEqualTo(422);
        assertThat(noComment.<String>read("$.code")).isEqualTo("COMMENT_REQUIRED");
        assertThat(tables.status(id)).isEqualTo("SUBMITTED");

        Http.Answer returned = step("demo-reviewer", id, "return", Map.of("version", version,
                "comment", "请补充佐证材料", "rowComments", Map.of("1.2.1", "完好时长占比的口径请说明")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.<String>read("$.status")).isEqualTo("RETURNED");
        assertThat(returned.<Boolean>read("$.locked")).isFalse();
        assertThat(tables.locked(id)).isFalse();

        Http.Answer comments = http.get("demo-unit", "/api/evaluations/" + id + "/comments");
        assertThat(comments.status()).isEqualTo(200);
        assertThat(comments.<List<String>>read("$[?(@.indicatorCode == '1.2.1')].body")).containsExactly("完好时长占比的口径请说明");
        assertThat(comments.<List<String>>read("$[?(@.indicatorCode == null)].body")).containsExactly("请补充佐证材料");
        assertThat(comments.<List<String>>read("$[*].author")).containsOnly("demo-reviewer");
        assertThat(comments.<List<String>>read("$[*].authorName")).containsOnly("教育局审核人（演示）");

        // unlocked: the filler may correct and submit again
        assertThat(save("demo-unit", id, Map.of("1.2.1", Map.of("actual", "99.5"))).status()).isEqualTo(200);
        assertThat(step("demo-unit", id, "submit").status()).isEqualTo(200);
        assertThat(tables.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheDepartmentApprovesAndOnlyFinancePublishes() throws Exception {
        long id = tables.submitted();

        for (String wrong : List.of("demo-unit", "demo-finance", "demo-auditor", "demo-admin")) {
            Http.Answer refused = step(wrong, id, "approve");
            assertThat(refused.status()).as(wrong).isEqualTo(403);
            assertThat(refused.<String>read("$.code")).isEqualTo("NOT_ALLOWED");
        }
        assertThat(tables.status(id)).isEqualTo("SUBMITTED");
        Http.Answer approved = step("demo-reviewer", id, "approve");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.<String>read("$.status")).isEqualTo("APPROVED");

        for (String wrong : List.of("demo-unit", "demo-reviewer", "demo-auditor", "demo-admin")) {
            assertThat(step(wrong, id, "publish").status()).as(wrong).isEqualTo(403);
        }
        assertThat(tables.status(id)).isEqualTo("APPROVED");
        Http.Answer stale = step("demo-finance", id, "publish", Map.of("version", tables.version(id) - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<String>read("$.code")).isEqualTo("CONFLICT");
        Http.Answer published = step("demo-finance", id, "publish");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.<String>read("$.status")).isEqualTo("PUBLISHED");
    }

    @Test
    void onlyTheAdministratorUnlocksWithAReasonAndTheHistoryKeepsIt() throws Exception {
        long id = tables.submitted();

        for (String wrong : List.of("demo-unit", "demo-reviewer", "demo-finance", "demo-auditor")) {
            Http.Answer refused = step(wrong, id, "unlock", Map.of("version", tables.version(id), "reason", "想改"));
            assertThat(refused.status()).as(wrong).isEqualTo(403);
            assertThat(refused.<String>read("$.code")).isEqualTo("NOT_UNLOCKABLE");
        }
        Http.Answer noReason = step("demo-admin", id, "unlock");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.<String>read("$.code")).isEqualTo("REASON_REQUIRED");
        assertThat(tables.locked(id)).isTrue();

        Http.Answer unlocked = step("demo-admin", id, "unlock", Map.of("version", tables.version(id), "reason", "单位申请更正1.1.1"));
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.<Boolean>read("$.locked")).isFalse();
        assertThat(tables.locked(id)).isFalse();
        Http.Answer history = http.get("demo-auditor", "/api/evaluations/" + id + "/history");
        assertThat(history.<List<String>>read("$[?(@.field == '解锁')].username")).containsExactly("demo-admin");
        assertThat(history.<List<String>>read("$[?(@.field == '解锁')].newValue")).containsExactly("已解锁：单位申请更正1.1.1");
        // unlocked, the filler can correct the submitted table
        assertThat(save("demo-unit", id, Map.of("1.1.1", Map.of("actual", "58"))).status()).isEqualTo(200);
    }

    @Test
    void aPublishedTableIsReadOnlyForEveryone() throws Exception {
        long id = tables.published();
        int version = tables.version(id);
        long changes = tables.changes(id);

        for (String user : List.of("demo-unit", "demo-reviewer", "demo-finance", "demo-auditor", "demo-admin")) {
            assertThat(http.get(user, "/api/evaluations/" + id).<Boolean>read("$.actions.edit")).isFalse();
            assertThat(save(user, id, Map.of("1.1.1", Map.of("actual", "1"))).status()).as(user + " save").isEqualTo(403);
            for (String step : List.of("submit", "approve", "publish", "return")) {
                Http.Answer refused = step(user, id, step, Map.of("version", version, "comment", "再看看"));
                assertThat(refused.status()).as(user + " " + step).isEqualTo(403);
            }
            assertThat(step(user, id, "unlock", Map.of("version", version, "reason", "更正")).status())
                    .as(user + " unlock").isEqualTo(403);
        }
        assertThat(tables.status(id)).isEqualTo("PUBLISHED");
        assertThat(tables.locked(id)).isTrue();
        assertThat(tables.version(id)).isEqualTo(version);
        assertThat(tables.changes(id)).isEqualTo(changes);
        assertThat(tables.actual(id, "1.1.1")).isEqualTo("57");
    }
}
