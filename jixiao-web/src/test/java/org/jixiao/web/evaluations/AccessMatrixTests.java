package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jixiao.web.AccessCase;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.JsonApi;
import org.jixiao.web.frameworks.FrameworkCatalog;
import org.jixiao.web.frameworks.FrameworkEditing;
import org.jixiao.web.reports.PublishedReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may do what, one row per request: the demo role, the method, the path (a placeholder names a
 * fresh table of the tests' own in that state) and what must come back. Every refused request must
 * also leave the table exactly as it was (same version, no new history).
 *
 * <p>Tables: {DRAFT} a Nanjing draft (demo-unit's own unit), {OTHER} a Shenzhen draft (outside
 * demo-unit's scope, inside everyone else's), {SUBMITTED} / {APPROVED} / {PUBLISHED} Nanjing tables
 * moved through the workflow. Frameworks: {FRAMEWORK} a fresh Nanjing copy of nanjing-department,
 * {FOREIGN} a fresh Shenzhen framework, {SHIPPED} nanjing-department itself. Reports: {REPORT} a
 * fresh Nanjing report, {BAOTOU} the demo report of the Baotou centre (outside demo-unit's scope).
 * What the rows expect: see {@link AccessCase}.
 */
@JixiaoWebTest
class AccessMatrixTests {

    private static AccessCase row(String who, String method, String path, String expect) {
        return new AccessCase(who, method, path, expect);
    }

    static Stream<AccessCase> api() {
        return Stream.of(
                row(null,            "GET",  "/api/evaluations",                     "401"),
                row(null,            "GET",  "/api/evaluations/{DRAFT}",             "401"),
                row(null,            "PUT",  "/api/evaluations/{DRAFT}/entries",     "401"),
                row("demo-unit",     "GET",  "/api/evaluations/{DRAFT}",             "200"),
                row("demo-unit",     "GET",  "/api/evaluations/{OTHER}",             "404"),
                row("demo-unit",     "GET",  "/api/evaluations/{OTHER}/history",     "404"),
                row("demo-unit",     "GET",  "/api/evaluations/{OTHER}/comments",    "404"),
                row("demo-unit",     "POST", "/api/evaluations/{OTHER}/preview",     "404"),
                row("demo-unit",     "PUT",  "/api/evaluations/{OTHER}/entries",     "404"),
                row("demo-unit",     "PUT",  "/api/evaluations/{DRAFT}/entries",     "200"),
                row("demo-unit",     "PUT",  "/api/evaluations/{SUBMITTED}/entries", "403"),
                row("demo-unit",     "POST", "/api/evaluations/{SUBMITTED}/approve", "403"),
                row("demo-unit",     "POST", "/api/evaluations/{SUBMITTED}/return",  "403"),
                row("demo-unit",     "POST", "/api/evaluations/{APPROVED}/publish",  "403"),
                row("demo-unit",     "POST", "/api/evaluations/{SUBMITTED}/unlock",  "403"),
                row("demo-unit",     "POST", "/api/evaluations",                     "201"),
                row("demo-auditor",  "GET",  "/api/evaluations",                     "200"),
                row("demo-auditor",  "GET",  "/api/evaluations/{OTHER}",             "200"),
                row("demo-auditor",  "GET",  "/api/evaluations/{SUBMITTED}/history", "200"),
                row("demo-auditor",  "PUT",  "/api/evaluations/{DRAFT}/entries",     "403"),
                row("demo-auditor",  "POST", "/api/evaluations/{DRAFT}/submit",      "403"),
                row("demo-auditor",  "POST", "/api/evaluations/{SUBMITTED}/approve", "403"),
                row("demo-auditor",  "POST", "/api/evaluations/{SUBMITTED}/return",  "403"),
                row("demo-auditor",  "POST", "/api/evaluations/{APPROVED}/publish",  "403"),
                row("demo-auditor",  "POST", "/api/evaluations/{SUBMITTED}/unlock",  "403"),
                row("demo-auditor",  "POST", "/api/evaluations",                     "403"),
                row("demo-reviewer", "GET",  "/api/evaluations/{OTHER}",             "200"),
                row("demo-reviewer", "PUT",  "/api/evaluations/{DRAFT}/entries",     "403"),
                row("demo-reviewer", "POST", "/api/evaluations/{APPROVED}/publish",  "403"),
                row("demo-reviewer", "POST", "/api/evaluations/{SUBMITTED}/approve", "200"),
                row("demo-reviewer", "POST", "/api/evaluations/{SUBMITTED}/return",  "200"),
                row("demo-finance",  "PUT",  "/api/evaluations/{DRAFT}/entries",     "403"),
                row("demo-finance",  "POST", "/api/evaluations/{SUBMITTED}/approve", "403"),
                row("demo-finance",  "POST", "/api/evaluations/{APPROVED}/publish",  "200"),
                row("demo-admin",    "PUT",  "/api/evaluations/{DRAFT}/entries",     "403"),
                row("demo-admin",    "POST", "/api/evaluations/{SUBMITTED}/approve", "403"),
                row("demo-admin",    "POST", "/api/evaluations/{SUBMITTED}/unlock",  "200"),
                row("demo-admin",    "POST", "/api/evaluations/{PUBLISHED}/unlock",  "403"),
                row("demo-unit",     "PUT",  "/api/evaluations/{PUBLISHED}/entries", "403"),
                row("demo-finance",  "POST", "/api/evaluations/{PUBLISHED}/return",  "403"),
                row(null,            "GET",  "/api/frameworks",                      "401"),
                row(null,            "PUT",  "/api/frameworks/{FRAMEWORK}/text",     "401"),
                row(null,            "POST", "/api/rules/compile",                   "401"),
                row(null,            "GET",  "/api/reports",                         "401"),
                row(null,            "POST", "/api/reports",                         "401"),
                row("demo-unit",     "GET",  "/api/frameworks",                      "200"),
                row("demo-unit",     "GET",  "/api/frameworks/{FRAMEWORK}",          "200"),
                row("demo-unit",     "GET",  "/api/frameworks/{FOREIGN}",            "404"),
                row("demo-unit",     "POST", "/api/frameworks/{FOREIGN}/copy",       "404"),
                row("demo-unit",     "PUT",  "/api/frameworks/{FOREIGN}/text",       "404"),
                row("demo-unit",     "POST", "/api/frameworks/{SHIPPED}/copy",       "201"),
                row("demo-unit",     "PUT",  "/api/frameworks/{FRAMEWORK}/text",     "200"),
                row("demo-unit",     "PUT",  "/api/frameworks/{SHIPPED}/text",       "403"),
                row("demo-unit",     "POST", "/api/rules/compile",                   "200"),
                row("demo-unit",     "GET",  "/api/indicators",                      "200"),
                row("demo-unit",     "GET",  "/api/reports",                         "200"),
                row("demo-unit",     "GET",  "/api/reports/{REPORT}",                "200"),
                row("demo-unit",     "GET",  "/api/reports/{BAOTOU}",                "404"),
                row("demo-unit",     "POST", "/api/reports",                         "201"),
                row("demo-unit",     "POST", "/api/reports/check",                   "200"),
                row("demo-auditor",  "GET",  "/api/frameworks/{FOREIGN}",            "200"),
                row("demo-auditor",  "GET",  "/api/reports/{BAOTOU}",                "200"),
                row("demo-auditor",  "POST", "/api/frameworks/{SHIPPED}/copy",       "403"),
                row("demo-auditor",  "PUT",  "/api/frameworks/{FRAMEWORK}/text",     "403"),
                row("demo-auditor",  "POST", "/api/rules/compile",                   "200"),
                row("demo-auditor",  "POST", "/api/reports",                         "403"),
                row("demo-auditor",  "POST", "/api/reports/check",                   "403"),
                row("demo-reviewer", "GET",  "/api/frameworks/{FOREIGN}",            "200"),
                row("demo-reviewer", "PUT",  "/api/frameworks/{FRAMEWORK}/text",     "403"),
                row("demo-reviewer", "GET",  "/api/reports/{BAOTOU}",                "200"),
                row("demo-reviewer", "POST", "/api/reports",                         "403"),
                row("demo-reviewer", "POST", "/api/reports/check",                   "200"),
                row("demo-admin",    "PUT",  "/api/frameworks/{FRAMEWORK}/text",     "200"),
                row("demo-admin",    "PUT",  "/api/frameworks/{SHIPPED}/text",       "403"));
    }

    static Stream<AccessCase> pages() {
        return Stream.of(
                row(null,            "GET",            "/evaluations",                   "login"),
                row(null,            "GET",            "/evaluations/{DRAFT}",           "login"),
                row(null,            "POST",           "/evaluations/{DRAFT}/submit",    "login"),
                row("demo-unit",     "GET",            "/evaluations/{DRAFT}",           "200"),
                row("demo-unit",     "GET",            "/evaluations/{OTHER}",           "404"),
                row("demo-unit",     "GET",            "/evaluations/{OTHER}/history",   "404"),
                row("demo-unit",     "POST",           "/evaluations/{OTHER}",           "404"),
                row("demo-unit",     "POST",           "/evaluations/{DRAFT}",           "done"),
                row("demo-unit",     "POST (no CSRF)", "/evaluations/{DRAFT}",           "403"),
                row("demo-unit",     "POST (no CSRF)", "/evaluations",                   "403"),
                row("demo-unit",     "POST",           "/evaluations/{SUBMITTED}",       "refused NOT_EDITABLE"),
                row("demo-unit",     "POST",           "/evaluations/{SUBMITTED}/approve", "refused NOT_ALLOWED"),
                row("demo-unit",     "POST",           "/evaluations/{SUBMITTED}/return", "refused NOT_RETURNABLE"),
                row("demo-unit",     "POST",           "/evaluations/{APPROVED}/publish", "refused NOT_ALLOWED"),
                row("demo-auditor",  "GET",            "/evaluations/{OTHER}",           "200"),
                row("demo-auditor",  "POST",           "/evaluations/{DRAFT}",           "refused NOT_EDITABLE"),
                row("demo-auditor",  "POST",           "/evaluations/{SUBMITTED}/approve", "refused NOT_ALLOWED"),
                row("demo-auditor",  "POST",           "/evaluations",                   "403"),
                row("demo-reviewer", "POST",           "/evaluations/{DRAFT}",           "refused NOT_EDITABLE"),
                row("demo-reviewer", "POST",           "/evaluations/{APPROVED}/publish", "refused NOT_ALLOWED"),
                row("demo-reviewer", "POST",           "/evaluations/{SUBMITTED}/approve", "done"),
                row("demo-finance",  "POST",           "/evaluations/{SUBMITTED}/approve", "refused NOT_ALLOWED"),
                row("demo-finance",  "POST",           "/evaluations/{APPROVED}/publish", "done"),
                row("demo-admin",    "POST",           "/evaluations/{PUBLISHED}/unlock", "refused NOT_UNLOCKABLE"),
                row(null,            "GET",            "/evaluations/{DRAFT}/report.docx", "login"),
                row("demo-unit",     "GET",            "/evaluations/{DRAFT}/report.docx", "200"),
                row("demo-unit",     "GET",            "/evaluations/{OTHER}/report.docx", "404"),
                row("demo-unit",     "GET",            "/evaluations/{OTHER}/report.pdf",  "404"),
                row("demo-auditor",  "GET",            "/evaluations/{OTHER}/report.pdf",  "200"),
                row("demo-unit",     "POST (no CSRF)", "/evaluations/{DRAFT}/import",      "403"));
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    Workflow workflow;
    @Autowired
    FrameworkCatalog frameworks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FrameworkEditing editing;
    @Autowired
    PublishedReports reports;

    Http http;
    Tables tables;
    private static final AtomicInteger PROJECTS = new AtomicInteger();
    private static final String SHIPPED = "nanjing-department";
    private static final String REPORT_TEXT = "# 矩阵测试中心2024年度部门整体支出绩效自评报告\n\n本单位2024年度自评得分95分。\n";

    @BeforeEach
    void setUp() {
        http = new Http(context);
        tables = Tables.of(context);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("api")
    void api(AccessCase c) throws Exception {
        Fixture f = fixture(c.path());
        Object body = c.isGet() ? null : body(c.path(), f.id());
        Http.Answer answer = body instanceof MockMultipartFile file ? upload(c.who(), f.path(), file)
                : http.api(c.who(), HttpMethod.valueOf(c.method()), f.path(), body);

        c.assertApi(answer.status(), answer.body());
        boolean write = !c.isGet() && !c.path().endsWith("/preview") && !c.path().endsWith("/check")
                && !c.path().equals("/api/rules/compile");
        f.assertChanged(write && answer.status() < 300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page(AccessCase c) throws Exception {
        Fixture f = fixture(c.path());
        MockHttpServletRequestBuilder request = c.isGet() ? MockMvcRequestBuilders.get(f.path())
                : MockMvcRequestBuilders.post(f.path());
        if (c.withCsrf()) {
            request.with(csrf());
        }
        if (!c.isGet()) {
            formFor(c.path(), f.id()).forEach(request::param);
        }
        c.assertPage(http.page(c.who(), request), AccessMatrixTests::problemCode);
        f.assertChanged(c.done());
    }

    /** The code a refused page action shows: in the flash (redirect back) or the re-rendered form's outcome. */
    private static String problemCode(MvcResult result) {
        Object flashed = result.getFlashMap().get("problemCode");
        if (flashed != null) {
            return flashed.toString();
        }
        Object outcome = result.getModelAndView() == null ? null : result.getModelAndView().getModel().get("outcome");
        return outcome instanceof Workflow.Outcome.Refused r ? r.code() : "none (status " + result.getResponse().getStatus() + ")";
    }

    /** The table (or framework, or report) a row acts on, created fresh, and what it looked like before. */
    private final class Fixture {
        final long id;
        final String path;
        /** Where the row's writes go: evaluation, framework or published_report. */
        final String table;
        final int version;
        final long changes;
        final long tableCount;

        Fixture(long id, String path) {
            this.id = id;
            this.path = path;
            this.table = path.startsWith("/api/reports") ? "published_report"
                    : path.startsWith("/api/frameworks") || path.startsWith("/api/rules") || path.startsWith("/api/indicators")
                    ? "framework" : "evaluation";
            this.version = id > 0 ? version() : 0;
            this.changes = id > 0 && table.equals("evaluation") ? tables.changes(id) : 0;
            this.tableCount = count();
        }

        private long count() {
            // table is one of three constants above, never request text
            return jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }

        /** The row's version; reports have none (they are never changed, only added). */
        private int version() {
            return switch (table) {
                case "evaluation" -> tables.version(id);
                case "framework" -> frameworkVersion(id);
                default -> 0;
            };
        }

        long id() {
            return id;
        }

        String path() {
            return path;
        }

        /** A write that was let through changed the table (or added one); anything else changed nothing. */
        void assertChanged(boolean changed) {
            long count = count();
            if (!table.equals("evaluation")) {
                // a copy or an upload adds a row, a new text raises the version; a refusal does neither
                boolean differs = count != tableCount || id > 0 && version() != version;
                assertThat(differs).as(table + " changed by an allowed write, and only then").isEqualTo(changed);
                return;
            }
            if (id == 0) {
                assertThat(count).as("tables").isEqualTo(changed ? tableCount + 1 : tableCount);
                return;
            }
            assertThat(count).as("tables").isEqualTo(tableCount);
            if (changed) {
                assertThat(tables.version(id)).as("version after an allowed write").isEqualTo(version + 1);
                assertThat(tables.changes(id)).as("history after an allowed write").isGreaterThan(changes);
            } else {
                assertThat(tables.version(id)).as("version of a table a refused request named").isEqualTo(version);
                assertThat(tables.changes(id)).as("history of a table a refused request named").isEqualTo(changes);
            }
        }
    }

    private Fixture fixture(String path) {
        int open = path.indexOf('{');
        if (open < 0) {
            return new Fixture(0, path);
        }
        String name = path.substring(open + 1, path.indexOf('}'));
        long id = switch (name) {
            case "DRAFT" -> tables.draft();
            case "OTHER" -> tables.draft(tables.shenzhen());
            case "SUBMITTED" -> tables.submitted();
            case "APPROVED" -> tables.approved();
            case "PUBLISHED" -> tables.published();
            case "FRAMEWORK" -> ((FrameworkEditing.Outcome.Done) editing.copy(tables.user("demo-unit"), shipped(),
                    "matrix-copy-" + PROJECTS.incrementAndGet(), "2025", "矩阵副本")).id();
            case "FOREIGN" -> frameworks.create(frameworks.findByCode(SHIPPED).orElseThrow().sourceText().replace(
                    "framework: " + SHIPPED + "\n", "framework: matrix-foreign-" + PROJECTS.incrementAndGet() + "\n"),
                    false, tables.shenzhen(), "test");
            case "SHIPPED" -> shipped();
            case "REPORT" -> reports.store(tables.nanjing(), 2024, "matrix.md", REPORT_TEXT, "test");
            case "BAOTOU" -> jdbc.sql("select id from published_report where file_name = 'baotou-2024-final-accounts-and-project-self-evaluations.md'").query(Long.class).single();
            default -> throw new IllegalArgumentException(name);
        };
        return new Fixture(id, path.replace("{" + name + "}", Long.toString(id)));
    }

    private long shipped() {
        return frameworks.findByCode(SHIPPED).orElseThrow().id();
    }

    private int frameworkVersion(long id) {
        return jdbc.sql("select version from framework where id = :id").param("id", id).query(Integer.class).single();
    }

    /** An API upload as a script sends it: the file part and the year, with HTTP Basic. */
    private Http.Answer upload(String who, String path, MockMultipartFile file) throws Exception {
        JsonApi.Answer answer = new JsonApi(context).upload(who, path, file.getOriginalFilename(), file.getBytes(), "2024");
        return new Http.Answer(answer.status(), answer.body());
    }

    /** A well-formed body for the path (JSON, or a file to upload): the write itself is valid, only who sends it decides. */
    private Object body(String path, long id) {
        if (path.endsWith("/copy")) {
            return Map.of("code", "matrix-copy-" + PROJECTS.incrementAndGet(), "year", "2025", "title", "矩阵副本");
        }
        if (path.startsWith("/api/frameworks/") && path.endsWith("/text")) {
            String text = jdbc.sql("select source_text from framework where id = :id").param("id", id).query(String.class).single();
            return Map.of("version", frameworkVersion(id), "text", text + "\n# 矩阵测试的修改\n");
        }
        if (path.equals("/api/rules/compile")) {
            return Map.of("text", "达到90%得2分,未达到根据完成度得分", "weight", "2");
        }
        if (path.equals("/api/reports") || path.equals("/api/reports/check")) {
            return new MockMultipartFile("file", "matrix.md", "text/markdown", REPORT_TEXT.getBytes(StandardCharsets.UTF_8));
        }
        if (path.endsWith("/entries") || path.endsWith("/preview")) {
            return Map.of("version", id > 0 ? tables.version(id) : 0, "entries", Map.of("1.1.1", Map.of("actual", "57")));
        }
        if (path.equals("/api/evaluations")) {
            return Map.of("frameworkId", tables.frameworkId(), "year", 2026, "project", "矩阵项目-" + PROJECTS.incrementAndGet());
        }
        if (id > 0) {
            return Map.of("version", tables.version(id), "comment", "请补充佐证材料", "reason", "单位申请更正");
        }
        return null;
    }

    /** The page form for the path, as the page would post it. */
    private Map<String, String> formFor(String path, long id) {
        Map<String, String> form = new LinkedHashMap<>();
        if (path.equals("/evaluations")) {
            form.put("frameworkId", Long.toString(tables.frameworkId()));
            form.put("year", "2026");
            form.put("project", "矩阵页面项目-" + PROJECTS.incrementAndGet());
            return form;
        }
        form.put("version", Integer.toString(tables.version(id)));
        if (path.endsWith("}")) { // the save form
            form.put("a.1.1.1", "57");
        } else {
            form.put("comment", "请补充佐证材料");
            form.put("reason", "单位申请更正");
        }
        return form;
    }
    // ------------------------------------------------------------------ 运行监控 (issue #7)

    /** Monitoring: {UNIT} demo-unit's own unit, {OTHER} Shenzhen; checked by MonitoringMatrix, same notation. */
    static Stream<AccessCase> monitoring() {
        return Stream.of(
                row(null,            "GET",            "/monitoring",                         "login"),
                row(null,            "GET",            "/api/monitoring",                     "401"),
                row(null,            "POST",           "/api/monitoring/figures",             "401"),
                row("demo-unit",     "GET",            "/monitoring",                         "200"),
                row("demo-unit",     "GET",            "/monitoring/units/{UNIT}",            "200"),
                row("demo-unit",     "GET",            "/monitoring/units/{OTHER}",           "404"),
                row("demo-unit",     "GET",            "/api/monitoring/units/{OTHER}",       "404"),
                row("demo-unit",     "GET",            "/monitoring/entry",                   "200"),
                row("demo-unit",     "POST",           "/monitoring/figures",                 "done"),
                row("demo-unit",     "POST",           "/monitoring/indicators",              "done"),
                row("demo-unit",     "POST",           "/monitoring/deviations",              "done"),
                row("demo-unit",     "POST",           "/monitoring/import",                  "done"),
                row("demo-unit",     "POST (no CSRF)", "/monitoring/figures",                 "403"),
                row("demo-unit",     "POST",           "/api/monitoring/figures",             "200"),
                row("demo-unit",     "POST",           "/api/monitoring/indicators",          "200"),
                row("demo-unit",     "POST",           "/api/monitoring/deviations",          "200"),
                row("demo-unit",     "POST",           "/api/monitoring/import",              "200"),
                row("demo-auditor",  "GET",            "/monitoring/units/{OTHER}",           "200"),
                row("demo-auditor",  "GET",            "/api/monitoring/units/{OTHER}",       "200"),
                row("demo-auditor",  "GET",            "/monitoring/entry",                   "403"),
                row("demo-auditor",  "POST",           "/monitoring/figures",                 "refused READ_ONLY"),
                row("demo-auditor",  "POST",           "/monitoring/deviations",              "refused READ_ONLY"),
                row("demo-auditor",  "POST",           "/monitoring/import",                  "refused READ_ONLY"),
                row("demo-auditor",  "POST",           "/api/monitoring/figures",             "403"),
                row("demo-auditor",  "POST",           "/api/monitoring/deviations",          "403"),
                row("demo-auditor",  "POST",           "/api/monitoring/import",              "403"),
                row("demo-reviewer", "GET",            "/monitoring/units/{OTHER}",           "200"),
                row("demo-reviewer", "POST",           "/monitoring/figures",                 "refused NOT_ALLOWED"),
                row("demo-reviewer", "POST",           "/api/monitoring/deviations",          "403"),
                row("demo-finance",  "GET",            "/api/monitoring/units/{OTHER}",       "200"),
                row("demo-finance",  "POST",           "/monitoring/indicators",              "refused NOT_ALLOWED"),
                row("demo-admin",    "GET",            "/monitoring/units/{OTHER}",           "200"),
                row("demo-admin",    "POST",           "/api/monitoring/figures",             "403"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("monitoring")
    void monitoring(AccessCase c) throws Exception {
        new org.jixiao.web.monitoring.MonitoringMatrix(context).check(c);
    }

    // ------------------------------------------------------------------ 决算公开 (issue #7)

    /** Final accounts: {OWN} a fresh disclosure of demo-unit's unit, {BAOTOU} the demo's; checked by AccountsMatrix. */
    static Stream<AccessCase> accounts() {
        return Stream.of(
                row(null,            "GET",            "/accounts",                           "login"),
                row(null,            "GET",            "/accounts/{BAOTOU}",                  "login"),
                row(null,            "GET",            "/accounts/{BAOTOU}/charts",           "login"),
                row(null,            "POST",           "/accounts",                           "login"),
                row("demo-unit",     "GET",            "/accounts",                           "200"),
                row("demo-unit",     "GET",            "/accounts/template.xlsx",             "200"),
                row("demo-unit",     "GET",            "/accounts/{OWN}",                     "200"),
                row("demo-unit",     "GET",            "/accounts/{OWN}/tables.xlsx",         "200"),
                row("demo-unit",     "GET",            "/accounts/{BAOTOU}",                  "404"),
                row("demo-unit",     "GET",            "/accounts/{BAOTOU}/charts",           "404"),
                row("demo-unit",     "GET",            "/accounts/{BAOTOU}/tables.xlsx",      "404"),
                row("demo-unit",     "GET",            "/accounts/{BAOTOU}/disclosure.docx",  "404"),
                row("demo-unit",     "GET",            "/accounts/{BAOTOU}/disclosure.pdf",   "404"),
                row("demo-unit",     "POST",           "/accounts/{BAOTOU}",                  "404"),
                row("demo-unit",     "POST",           "/accounts",                           "done"),
                row("demo-unit",     "POST",           "/accounts/{OWN}",                     "done"),
                row("demo-unit",     "POST (no CSRF)", "/accounts",                           "403"),
                row("demo-unit",     "POST (no CSRF)", "/accounts/{OWN}",                     "403"),
                row("demo-reviewer", "GET",            "/accounts/{BAOTOU}",                  "200"),
                row("demo-reviewer", "GET",            "/accounts/{BAOTOU}/charts",           "200"),
                row("demo-reviewer", "GET",            "/accounts/{BAOTOU}/disclosure.docx",  "200"),
                row("demo-reviewer", "GET",            "/accounts/{OWN}",                     "200"),
                row("demo-reviewer", "POST",           "/accounts",                           "refused NOT_ALLOWED"),
                row("demo-reviewer", "POST",           "/accounts/{BAOTOU}",                  "refused NOT_ALLOWED"),
                row("demo-finance",  "GET",            "/accounts/{BAOTOU}",                  "200"),
                row("demo-finance",  "GET",            "/accounts/{BAOTOU}/tables.xlsx",      "200"),
                row("demo-finance",  "POST",           "/accounts/{OWN}",                     "refused NOT_ALLOWED"),
                row("demo-auditor",  "GET",            "/accounts/{BAOTOU}",                  "200"),
                row("demo-auditor",  "GET",            "/accounts/{BAOTOU}/disclosure.docx",  "200"),
                row("demo-auditor",  "GET",            "/accounts/{BAOTOU}/disclosure.pdf",   "200"),
                row("demo-auditor",  "POST",           "/accounts",                           "refused READ_ONLY"),
                row("demo-auditor",  "POST",           "/accounts/{BAOTOU}",                  "refused READ_ONLY"),
                row("demo-admin",    "GET",            "/accounts/{BAOTOU}",                  "200"),
                row("demo-admin",    "POST",           "/accounts",                           "refused NOT_ALLOWED"),
                // entered and corrected in the browser: a table's form, a new disclosure of empty tables
                row(null,            "GET",            "/accounts/{BAOTOU}/tables/1/edit",    "login"),
                row(null,            "POST",           "/accounts/new",                       "login"),
                row("demo-unit",     "GET",            "/accounts/{OWN}/tables/1/edit",       "200"),
                row("demo-unit",     "GET",            "/accounts/{OWN}/tables/12/edit",      "404"),
                row("demo-unit",     "GET",            "/accounts/{BAOTOU}/tables/1/edit",    "404"),
                row("demo-unit",     "POST",           "/accounts/{OWN}/tables/1/edit",       "done"),
                row("demo-unit",     "POST (no CSRF)", "/accounts/{OWN}/tables/1/edit",       "403"),
                row("demo-unit",     "POST",           "/accounts/{BAOTOU}/tables/1/edit",    "404"),
                row("demo-unit",     "POST",           "/accounts/new",                       "done"),
                row("demo-unit",     "POST (no CSRF)", "/accounts/new",                       "403"),
                row("demo-reviewer", "GET",            "/accounts/{BAOTOU}/tables/1/edit",    "refused NOT_ALLOWED"),
                row("demo-reviewer", "POST",           "/accounts/{OWN}/tables/1/edit",       "refused NOT_ALLOWED"),
                row("demo-reviewer", "POST",           "/accounts/new",                       "refused NOT_ALLOWED"),
                row("demo-finance",  "POST",           "/accounts/{BAOTOU}/tables/1/edit",    "refused NOT_ALLOWED"),
                row("demo-auditor",  "GET",            "/accounts/{BAOTOU}/tables/1/edit",    "refused READ_ONLY"),
                row("demo-auditor",  "POST",           "/accounts/{BAOTOU}/tables/1/edit",    "refused READ_ONLY"),
                row("demo-auditor",  "POST",           "/accounts/new",                       "refused READ_ONLY"),
                row("demo-admin",    "POST",           "/accounts/{BAOTOU}/tables/1/edit",    "refused NOT_ALLOWED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void accounts(AccessCase c) throws Exception {
        new org.jixiao.web.accounts.AccountsMatrix(context).check(c);
    }
}
