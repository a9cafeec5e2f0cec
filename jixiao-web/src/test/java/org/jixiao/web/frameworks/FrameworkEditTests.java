package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.web.frameworks.SignedIn.body;
import static org.jixiao.web.frameworks.SignedIn.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** Editing a unit's own copy: saving, stale versions, broken texts, read-only frameworks, the live preview. */
@JixiaoWebTest
class FrameworkEditTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    Users users;
    @Autowired
    FrameworkCatalog catalog;
    @Autowired
    org.jixiao.web.evaluations.TableImport tables;

    SignedIn as;

    @BeforeEach
    void signIn() {
        as = new SignedIn(context, users);
    }

    /** A fresh copy of a shipped framework owned by demo-unit's centre. */
    private StoredFramework copyOf(String shipped) {
        return as.copy(shipped, "demo-unit", "edit-test-" + SEQUENCE.incrementAndGet(), "编辑测试");
    }

    private StoredFramework reread(StoredFramework f) {
        return as.reread(f);
    }

    @Test
    void aValidChangeIsSavedWithWhoAndTheNextVersion() throws Exception {
        StoredFramework copy = copyOf("nanjing-department");
        String changed = copy.sourceText().replace("A11 | 决策制度的规范性 | 2", "A11 | 决策制度的规范性（修订） | 2");

        assertThat(body(as.get("demo-unit", "/frameworks/" + copy.id() + "/edit"))).contains("id=\"text\"", "hx-post=\"/frameworks/"
                + copy.id() + "/preview\"", "hx-trigger=\"input changed delay:400ms\"");
        MvcResult result = as.post("demo-unit", "/frameworks/" + copy.id() + "/edit",
                "version", String.valueOf(copy.version()), "text", changed.replace("\n", "\r\n"));

        StoredFramework saved = reread(copy);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/frameworks/" + copy.id());
        assertThat(saved.version()).isEqualTo(copy.version() + 1);
        assertThat(saved.sourceText()).isEqualTo(changed);
        assertThat(saved.updatedBy()).isEqualTo("demo-unit");
        assertThat(saved.updatedAt()).isAfterOrEqualTo(copy.updatedAt());
        assertThat(body(as.get("demo-unit", "/frameworks/" + copy.id()))).contains("决策制度的规范性（修订）");
    }

    @Test
    void aStaleVersionIsRefusedAndTheUsersTextKept() throws Exception {
        StoredFramework copy = copyOf("nanjing-department");
        String first = copy.sourceText().replace("title: 编辑测试", "title: 第一人保存");
        String second = copy.sourceText().replace("title: 编辑测试", "title: 第二人的修改");
        as.post("demo-unit", "/frameworks/" + copy.id() + "/edit", "version", String.valueOf(copy.version()), "text", first);

        MvcResult stale = as.post("demo-unit", "/frameworks/" + copy.id() + "/edit",
                "version", String.valueOf(copy.version()), "text", second);

        assertThat(status(stale)).isEqualTo(409);
        assertThat(body(stale)).contains("<code>CONFLICT</code>", "demo-unit已保存了新的版本（第1版）",
                "title: 第二人的修改", "name=\"version\" id=\"version\" value=\"" + copy.version() + "\"");
        StoredFramework now = reread(copy);
        assertThat(now.version()).isEqualTo(copy.version() + 1);
        assertThat(now.title()).isEqualTo("第一人保存");
    }

    @Test
    void aFrameworkThatTablesAreScoredByIsNotChangedUnderThem() throws Exception {
        StoredFramework copy = copyOf("nanjing-department");
        tables.createDraft(as.user("demo-unit").unitId(), copy.id(), 2025, "在用的表", "demo-unit");
        String changed = copy.sourceText().replace("A11 | 决策制度的规范性 | 2", "A11 | 决策制度的规范性（修订） | 2");

        MvcResult refused = as.post("demo-unit", "/frameworks/" + copy.id() + "/edit",
                "version", String.valueOf(copy.version()), "text", changed);

        assertThat(status(refused)).isEqualTo(422);
        assertThat(body(refused)).contains("<code>IN_USE</code>", "已有1张自评表按此指标体系评分", "决策制度的规范性（修订）");
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());
        assertThat(reread(copy).version()).isEqualTo(copy.version());
    }

    @Test
    void aSyntaxErrorIsRefusedWithItsLineAndNothingSaved() throws Exception {
        StoredFramework copy = copyOf("nanjing-department");
        String broken = copy.sourceText().replace("    A12 | 决策流程的科学性 | 2", "    A12 决策流程的科学性 2");
        int line = lineOf(broken, "A12 决策流程的科学性 2");

        MvcResult result = as.post("demo-unit", "/frameworks/" + copy.id() + "/edit", "version", "0", "text", broken);

        assertThat(status(result)).isEqualTo(422);
        assertThat(body(result)).contains("<code>INVALID</code>", "data-code=\"SYNTAX\" data-line=\"" + line + "\"",
                "A12 决策流程的科学性 2");
        assertThat(reread(copy).version()).isEqualTo(copy.version());
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());
    }

    @Test
    void weightsThatDoNotAddUpAreRefusedAtTheParentsLine() throws Exception {
        StoredFramework copy = copyOf("nanjing-department");
        String broken = copy.sourceText().replace("A11 | 决策制度的规范性 | 2", "A11 | 决策制度的规范性 | 3");
        int parent = lineOf(broken, "  A1 | 决策机制 | 5");

        MvcResult result = as.post("demo-unit", "/frameworks/" + copy.id() + "/edit", "version", "0", "text", broken);

        assertThat(status(result)).isEqualTo(422);
        assertThat(body(result)).contains("data-code=\"CHILD_WEIGHT_SUM\" data-line=\"" + parent + "\"",
                "下级指标分值之和为6，与本级分值5不符");
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());
    }

    @Test
    void nobodyEditsAShippedFrameworkAndAnAuditorEditsNothing() throws Exception {
        StoredFramework shipped = catalog.findByCode("nanjing-department").orElseThrow();
        StoredFramework copy = copyOf("nanjing-department");

        MvcResult unit = as.post("demo-unit", "/frameworks/" + shipped.id() + "/edit", "version", String.valueOf(shipped.version()),
                "text", shipped.sourceText().replace("title: 南京市电化教育馆整体绩效评价指标体系", "title: 改了"));
        MvcResult admin = as.post("demo-admin", "/frameworks/" + shipped.id() + "/edit", "version", String.valueOf(shipped.version()),
                "text", shipped.sourceText());
        MvcResult auditor = as.post("demo-auditor", "/frameworks/" + copy.id() + "/edit", "version", "0", "text", copy.sourceText());

        assertThat(unit.getFlashMap().get("problemCode")).isEqualTo("READ_ONLY");
        assertThat(admin.getFlashMap().get("problemCode")).isEqualTo("READ_ONLY");
        assertThat(auditor.getFlashMap().get("problemCode")).isEqualTo("READ_ONLY");
        assertThat(reread(shipped).version()).isEqualTo(shipped.version());
        assertThat(reread(shipped).title()).isEqualTo("南京市电化教育馆整体绩效评价指标体系");
        assertThat(reread(copy).version()).isEqualTo(copy.version());
        assertThat(body(as.get("demo-unit", "/frameworks/" + shipped.id()))).contains("id=\"read-only\"").doesNotContain("id=\"edit-link\"");
        assertThat(body(as.get("demo-unit", "/frameworks/" + copy.id()))).contains("id=\"edit-link\"");
    }

    @Test
    void thePreviewShowsTheCompiledRuleOfAMethodText() throws Exception {
        StoredFramework copy = copyOf("baotou-2024-sanxiang-gaige");
        String text = copy.sourceText().replace("      target: 98\n      unit: %\n    1.2.2",
                "      target: 98\n      unit: %\n      method: 达到98%得8分，未达到根据完成度得分\n    1.2.2");
        assertThat(text).isNotEqualTo(copy.sourceText());

        String html = body(as.post("demo-unit", "/frameworks/" + copy.id() + "/preview", "text", text));

        assertThat(html).startsWith("<section id=\"result\"");
        assertThat(html).containsPattern("(?s)id=\"rule-1.2.1\".*?<mark data-part=\"[a-z]+\">[^<]*98%[^<]*</mark>");
        assertThat(html).containsPattern("(?s)id=\"rule-1.2.1\".*?规范表述：</small> <span>达到98%得8分，未达到根据完成度得分</span>");
        assertThat(html).contains("id=\"error-count\">0<", "id=\"weights-total\">100<");
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());
    }

    @Test
    void thePreviewOfABrokenTextStillCompilesEachMethodAndEscapesIt() throws Exception {
        StoredFramework copy = copyOf("nanjing-department");
        String text = copy.sourceText()
                .replace("A | 部门决策 | 15", "A | 部门决策 | 16")
                .replace("method: 达到90%得2分,未达到根据完成度得分\n      notes: 部门预算执行情况",
                        "method: <script>alert(1)</script>达到90%得2分,未达到根据完成度得分\n      notes: 部门预算执行情况");

        String html = body(as.post("demo-unit", "/frameworks/" + copy.id() + "/preview", "text", text));

        assertThat(html).contains("data-code=\"WEIGHT_SUM\"", "id=\"weights-total\">101<", "id=\"full-mark\">100<");
        assertThat(html).containsPattern("(?s)id=\"rule-B11\".*?<mark data-part=\"[a-z]+\">[^<]*90%[^<]*</mark>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    private static int lineOf(String text, String line) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(line)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + line);
    }
}
