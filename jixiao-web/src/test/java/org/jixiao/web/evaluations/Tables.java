package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.jixiao.web.organisation.CurrentUser;
import org.jixiao.web.organisation.Users;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tables of the tests' own, so the demo tables stay as they are: drafts for the Nanjing centre (or
 * another unit) on the Baotou 教育三项改革资金 framework, brought to a status through the workflow.
 */
final class Tables {

    static final String FRAMEWORK = "baotou-2024-sanxiang-gaige";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final TableImport imports;
    private final Workflow workflow;
    private final Users users;
    private final FrameworkCatalog frameworks;
    private final JdbcClient jdbc;

    /** The fixture over the application's own beans. */
    static Tables of(org.springframework.context.ApplicationContext context) {
        return new Tables(context.getBean(TableImport.class), context.getBean(Workflow.class), context.getBean(Users.class),
                context.getBean(FrameworkCatalog.class), context.getBean(JdbcClient.class));
    }

    Tables(TableImport imports, Workflow workflow, Users users, FrameworkCatalog frameworks, JdbcClient jdbc) {
        this.imports = imports;
        this.workflow = workflow;
        this.users = users;
        this.frameworks = frameworks;
        this.jdbc = jdbc;
    }

    CurrentUser user(String username) {
        return users.find(username).orElseThrow();
    }

    long frameworkId() {
        return frameworks.findByCode(FRAMEWORK).orElseThrow().id();
    }

    long nanjing() {
        return user("demo-unit").unitId();
    }

    /** The Shenzhen centre: in the reviewer's scope, not in demo-unit's. */
    long shenzhen() {
        return jdbc.sql("select id from org_unit where name = '深圳市教育信息技术中心'").query(Long.class).single();
    }

    long draft() {
        return draft(nanjing());
    }

    long draft(long unitId) {
        return imports.createDraft(unitId, frameworkId(), 2024, "测试项目-" + COUNTER.incrementAndGet(), "test");
    }

    /** A Nanjing draft filled in completely: every row full marks, no error finding. */
    long clean() {
        long id = draft();
        CurrentUser filler = user("demo-unit");
        assertThat(workflow.save(filler, id, version(id), cleanEntries())).isInstanceOf(Workflow.Outcome.Done.class);
        return id;
    }

    long submitted() {
        long id = clean();
        assertThat(workflow.submit(user("demo-unit"), id, version(id))).isInstanceOf(Workflow.Outcome.Done.class);
        return id;
    }

    long approved() {
        long id = submitted();
        assertThat(workflow.approve(user("demo-reviewer"), id, version(id))).isInstanceOf(Workflow.Outcome.Done.class);
        return id;
    }

    long published() {
        long id = approved();
        assertThat(workflow.publish(user("demo-finance"), id, version(id))).isInstanceOf(Workflow.Outcome.Done.class);
        return id;
    }

    int version(long id) {
        return jdbc.sql("select version from evaluation where id = :id").param("id", id).query(Integer.class).single();
    }

    String status(long id) {
        return jdbc.sql("select status from evaluation where id = :id").param("id", id).query(String.class).single();
    }

    boolean locked(long id) {
        return jdbc.sql("select locked from evaluation where id = :id").param("id", id).query(Boolean.class).single();
    }

    long changes(long id) {
        return jdbc.sql("select count(*) from change_log where evaluation_id = :id").param("id", id).query(Long.class).single();
    }

    /** The stored 实际完成值 of one row ("" when the row was never saved). */
    String actual(long id, String code) {
        return jdbc.sql("select actual_text from evaluation_entry where evaluation_id = :id and indicator_code = :code")
                .param("id", id).param("code", code).query(String.class).optional().orElse("");
    }

    /**
     * Full marks everywhere: quantitative rows meet their targets, qualitative rows are judged with a
     * reason (their rules cannot decide 有效减小 and the like), funds fully executed.
     */
    static Map<String, Map<String, String>> cleanRows() {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        rows.put("1.1.1", Map.of("actual", "57"));
        rows.put("1.1.2", Map.of("actual", "174"));
        rows.put("1.1.3", Map.of("actual", "96"));
        rows.put("1.2.1", Map.of("actual", "99"));
        rows.put("1.2.2", Map.of("actual", "99"));
        rows.put("1.3.1", judged("5"));
        rows.put("1.3.2", judged("5"));
        rows.put("1.4.1", Map.of("actual", "1.5"));
        rows.put("1.4.2", Map.of("actual", "30"));
        rows.put("2.1.1", judged("8"));
        rows.put("2.1.2", judged("7"));
        rows.put("2.2.1", judged("8"));
        rows.put("2.2.2", judged("7"));
        rows.put("3.1.1", Map.of("actual", "96"));
        return rows;
    }

    static List<Map<String, String>> cleanFunds() {
        // a new project table starts with the template's four funds lines (Entries.TEMPLATE_FUNDS)
        return List.of(Map.of("name", "年度资金总额", "initial", "20", "adjusted", "20", "executed", "20"),
                Map.of("name", "其中：财政拨款", "initial", "20", "adjusted", "20", "executed", "20"),
                Map.of("name", "上年结转资金", "initial", "", "adjusted", "", "executed", ""),
                Map.of("name", "其他资金", "initial", "", "adjusted", "", "executed", ""));
    }

    static Entries cleanEntries() {
        Map<String, Entries.Entry> rows = new LinkedHashMap<>();
        cleanRows().forEach((code, r) -> rows.put(code, new Entries.Entry(r.get("actual"), r.get("judgementScore"),
                r.get("judgementReason"), null, null)));
        return new Entries(rows, cleanFunds().stream()
                .map(f -> new Entries.Funds(f.get("name"), f.get("initial"), f.get("adjusted"), f.get("executed"))).toList());
    }

    private static Map<String, String> judged(String score) {
        return Map.of("judgementScore", score, "judgementReason", "按计划完成，经核实认定满分");
    }
}
