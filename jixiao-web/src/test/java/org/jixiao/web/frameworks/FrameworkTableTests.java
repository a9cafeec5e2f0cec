package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.web.frameworks.SignedIn.body;
import static org.jixiao.web.frameworks.SignedIn.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Node;
import org.jixiao.core.measure.ValueText;
import org.jixiao.core.number.Amount;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The table form of a unit's own target table: the grid posted as a browser posts it (every input of
 * the page, as the page wrote it), changed, checked while typing, rows added and removed, saved.
 */
@JixiaoWebTest
class FrameworkTableTests {

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

    @Test
    void aChangedTargetAndHalfYearValueAreSavedAsFrameworkText() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");
        TableForm grid = open(copy);
        assertThat(grid.value("t", "2.1.3")).isEqualTo("=100%");
        assertThat(grid.value("h", "2.1.3")).isEqualTo("=45%");

        grid.set("t", "2.1.3", "=98%").set("h", "2.1.3", "=50%");
        MvcResult saved = as.post("demo-unit", tableUrl(copy), grid.post("save"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(tableUrl(copy));
        StoredFramework now = reread(copy);
        assertThat(now.version()).isEqualTo(copy.version() + 1);
        assertThat(now.updatedBy()).isEqualTo("demo-unit");
        Framework read = FrameworkFormat.read("saved", now.sourceText()).orThrow();
        assertThat(read.indicator("2.1.3").orElseThrow().target().text()).isEqualTo("=98%");
        assertThat(read.indicator("2.1.3").orElseThrow().halfYearTarget().text()).isEqualTo("=50%");
        // nothing else changed: the stored framework is the original with those two cells replaced
        Framework original = catalog.framework(copy);
        Indicator before = original.indicator("2.1.3").orElseThrow();
        Indicator after = new Indicator(before.code(), before.name(), before.weight(), before.level(), before.nature(),
                before.direction(), ValueText.target("=98%"), ValueText.target("=50%"), before.unitOfMeasure(), before.rule(),
                before.ruleStated(), before.method(), before.notes(), before.line());
        assertThat(FrameworkFormat.sameContent(read, replace(original, after))).isTrue();
        assertThat(read.amountTable("收入").orElseThrow().total("全年预算数")).isEqualTo(Amount.wan("2190.36"));
        // the file's opening comments (where the table was published) are kept
        assertThat(now.sourceText()).startsWith("# 苏州市市级部门整体预算绩效目标表");
        assertThat(saved.getFlashMap().get("notice")).isEqualTo("frameworks.notice.saved");
        assertThat(TableForm.of(body(as.get("demo-unit", tableUrl(copy)))).value("t", "2.1.3")).isEqualTo("=98%");
    }

    /** Every shipped framework, copied, opened as a grid and saved untouched, says exactly what it said. */
    @ParameterizedTest
    @FieldSource("org.jixiao.core.framework.ShippedFrameworks#IDS")
    void aGridSavedUntouchedKeepsTheFrameworkAsItWas(String shipped) throws Exception {
        StoredFramework copy = copyOf(shipped, "demo-unit");

        MvcResult saved = as.post("demo-unit", tableUrl(copy), open(copy).post("save"));

        assertThat(saved.getResponse().getRedirectedUrl()).as(body(saved)).isEqualTo(tableUrl(copy));
        assertThat(reread(copy).version()).isEqualTo(copy.version() + 1);
        assertThat(FrameworkFormat.sameContent(FrameworkFormat.read("saved", reread(copy).sourceText()).orThrow(),
                catalog.framework(copy))).isTrue();
    }

    @Test
    void fundsThatDoNotAddUpAreWarnedAsTheUserTypes() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");
        TableForm grid = open(copy);

        String asStored = body(as.post("demo-unit", tableUrl(copy) + "/preview", grid.post(null)));
        assertThat(asStored.strip()).startsWith("<section id=\"grid-result\"");
        assertThat(asStored).containsPattern("(?s)data-code=\"AMOUNT_SUM\" data-node=\"项目支出\">.*?299\\.62.*?299\\.60");
        // the 项目支出 half-year cell shows its parts' sum, marked as not matching
        assertThat(asStored).containsPattern("<small id=\"g-sum-1-1-0\" class=\"sum problem\" hx-swap-oob=\"true\">明细合计299.60</small>");

        grid.setAmount("支出", "苏州线上教育中心综合服务", 0, "5.02");
        String fixed = body(as.post("demo-unit", tableUrl(copy) + "/preview", grid.post(null)));
        assertThat(fixed).doesNotContain("AMOUNT_SUM").contains("<small id=\"g-sum-1-1-0\" class=\"sum\" hx-swap-oob=\"true\">明细合计299.62</small>");

        grid.setAmount("收入", "一般公共预算资金", 0, "2000");
        String sources = body(as.post("demo-unit", tableUrl(copy) + "/preview", grid.post(null)));
        assertThat(sources).contains("data-code=\"AMOUNT_SUM\" data-node=\"财政拨款\"", "2190.36", "2000.00");
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());
    }

    @Test
    void anAddedRowGetsTheNextCodeInItsGroupAndIsSaved() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");
        TableForm grid = open(copy);

        String added = body(as.post("demo-unit", tableUrl(copy), grid.post("add:3.1.2")));
        TableForm withRow = TableForm.of(added);
        assertThat(withRow.codes()).containsSubsequence("3.1.2.3", "3.1.2.4", "3.1.3");
        assertThat(added).contains("data-code=\"NAME_EMPTY\"");
        assertThat(reread(copy).version()).isEqualTo(copy.version());

        withRow.set("n", "3.1.2.4", "E卡通新增服务学校").set("t", "3.1.2.4", "≥20所").set("h", "3.1.2.4", "≥10所");
        MvcResult saved = as.post("demo-unit", tableUrl(copy), withRow.post("save"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(tableUrl(copy));
        Framework read = FrameworkFormat.read("saved", reread(copy).sourceText()).orThrow();
        Indicator row = read.indicator("3.1.2.4").orElseThrow();
        assertThat(row.name()).isEqualTo("E卡通新增服务学校");
        assertThat(row.target().text()).isEqualTo("≥20所");
        assertThat(row.halfYearTarget().text()).isEqualTo("≥10所");
        assertThat(row.unitOfMeasure()).isEqualTo("所");
        assertThat(row.level()).isEqualTo(4);
        Group group = (Group) read.node("3.1.2").orElseThrow();
        assertThat(group.children()).extracting(Node::code).containsExactly("3.1.2.1", "3.1.2.2", "3.1.2.3", "3.1.2.4");
    }

    @Test
    void aRemovedRowIsGoneOnceSaved() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");

        TableForm removed = TableForm.of(body(as.post("demo-unit", tableUrl(copy), open(copy).post("remove:3.1.2.1"))));
        assertThat(removed.codes()).doesNotContain("3.1.2.1").contains("3.1.2.2");
        as.post("demo-unit", tableUrl(copy), removed.post("save"));

        Framework read = FrameworkFormat.read("saved", reread(copy).sourceText()).orThrow();
        assertThat(read.node("3.1.2.1")).isEmpty();
        assertThat(((Group) read.node("3.1.2").orElseThrow()).children()).extracting(Node::code).containsExactly("3.1.2.2", "3.1.2.3");
    }

    @Test
    void aStaleVersionIsRefusedAndTheTypedGridKept() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");
        TableForm first = open(copy);
        TableForm second = open(copy);
        as.post("demo-unit", tableUrl(copy), first.set("t", "2.1.3", "=99%").post("save"));

        MvcResult stale = as.post("demo-unit", tableUrl(copy), second.set("t", "2.1.3", "=77%").set("h", "2.1.3", "=33%").post("save"));

        assertThat(status(stale)).isEqualTo(409);
        String html = body(stale);
        assertThat(html).contains("<code>CONFLICT</code>", "demo-unit已保存了新的版本（第1版）");
        TableForm kept = TableForm.of(html);
        assertThat(kept.value("t", "2.1.3")).isEqualTo("=77%");
        assertThat(kept.value("h", "2.1.3")).isEqualTo("=33%");
        assertThat(kept.fields.get("version")).isEqualTo(String.valueOf(copy.version()));
        Framework stored = FrameworkFormat.read("stored", reread(copy).sourceText()).orThrow();
        assertThat(stored.indicator("2.1.3").orElseThrow().target().text()).isEqualTo("=99%");
        assertThat(reread(copy).version()).isEqualTo(copy.version() + 1);
    }

    @Test
    void weightsThatDoNotAddUpAndUnreadableCellsAreRefusedByRow() throws Exception {
        StoredFramework copy = copyOf("nanjing-department", "demo-unit");
        TableForm grid = open(copy);
        assertThat(grid.value("w", "A11")).isEqualTo("2");

        String preview = body(as.post("demo-unit", tableUrl(copy) + "/preview", grid.set("w", "A11", "3").post(null)));
        assertThat(preview).contains("data-code=\"CHILD_WEIGHT_SUM\" data-node=\"A1\"", "下级指标分值之和为6，与本级分值5不符");
        assertThat(preview).containsPattern("href=\"#grow-\\d+\">A1</a>");
        MvcResult invalid = as.post("demo-unit", tableUrl(copy), grid.post("save"));
        assertThat(status(invalid)).isEqualTo(422);
        assertThat(body(invalid)).contains("<code>INVALID</code>", "CHILD_WEIGHT_SUM");

        MvcResult unreadable = as.post("demo-unit", tableUrl(copy), grid.set("w", "A11", "两分").post("save"));
        assertThat(status(unreadable)).isEqualTo(422);
        assertThat(body(unreadable)).contains("<code>GRID_INVALID</code>", "data-code=\"WEIGHT_INVALID\"",
                "指标A11：分值“两分”不是有效的数值", "value=\"两分\"");
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());
        assertThat(reread(copy).version()).isEqualTo(copy.version());
    }

    @Test
    void aFrameworkTablesAreScoredByIsReadOnly() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");
        TableForm grid = open(copy);
        tables.createDraft(as.user("demo-unit").unitId(), copy.id(), 2025, "按目标表评分的表", "demo-unit");

        String page = body(as.get("demo-unit", tableUrl(copy)));
        assertThat(page).contains("id=\"read-only\"", "data-code=\"IN_USE\"", "已有1张自评表按此指标体系评分")
                .doesNotContain("id=\"save\"", "hx-post=", "name=\"action\"");
        assertThat(page).containsPattern("<input name=\"t\\d+\" id=\"t\\d+\" value=\"=100%\"[^>]* readonly");

        MvcResult save = as.post("demo-unit", tableUrl(copy), grid.set("t", "2.1.3", "=98%").post("save"));
        MvcResult add = as.post("demo-unit", tableUrl(copy), grid.post("add:3.1.2"));
        assertThat(status(save)).isEqualTo(422);
        assertThat(body(save)).contains("<code>IN_USE</code>");
        assertThat(add.getFlashMap().get("problemCode")).isEqualTo("READ_ONLY");
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());
    }

    @Test
    void anotherUnitsFrameworkIsNotFoundAndAShippedOneOnlyShown() throws Exception {
        StoredFramework theirs = copyOf("suzhou-target-table", "demo-reviewer");
        StoredFramework shipped = catalog.findByCode("suzhou-target-table").orElseThrow();
        StoredFramework mine = copyOf("suzhou-target-table", "demo-unit");

        assertThat(status(as.get("demo-unit", tableUrl(theirs)))).isEqualTo(404);
        assertThat(status(as.post("demo-unit", tableUrl(theirs) + "/preview", "layout", ""))).isEqualTo(404);
        assertThat(status(as.post("demo-unit", tableUrl(theirs), "version", "0", "layout", ""))).isEqualTo(404);
        assertThat(body(as.get("demo-unit", tableUrl(shipped)))).contains("data-code=\"READ_ONLY\"").doesNotContain("id=\"save\"");
        assertThat(body(as.get("demo-unit", "/frameworks/" + shipped.id()))).doesNotContain("id=\"table-link\"");
        assertThat(body(as.get("demo-unit", "/frameworks/" + mine.id())))
                .contains("id=\"table-link\"", "href=\"/frameworks/" + mine.id() + "/table\"");
        assertThat(reread(theirs).version()).isEqualTo(theirs.version());
    }

    // ------------------------------------------------------------------ helpers

    private StoredFramework copyOf(String shipped, String username) {
        return as.copy(shipped, username, "table-test-" + SEQUENCE.incrementAndGet(), "表格测试");
    }

    private StoredFramework reread(StoredFramework f) {
        return as.reread(f);
    }

    private static String tableUrl(StoredFramework f) {
        return "/frameworks/" + f.id() + "/table";
    }

    private TableForm open(StoredFramework f) throws Exception {
        MvcResult page = as.get("demo-unit", tableUrl(f));
        assertThat(status(page)).isEqualTo(200);
        return TableForm.of(body(page));
    }

    private static Framework replace(Framework f, Node node) {
        return new Framework(f.id(), f.title(), f.year(), f.kind(), f.fullMark(), f.rounding(), f.grades(),
                replace(f.nodes(), node), f.amounts(), f.template(), f.source());
    }

    private static List<Node> replace(List<Node> nodes, Node node) {
        return nodes.stream().map(n -> n.code().equals(node.code()) ? node : n instanceof Group g
                ? (Node) new Group(g.code(), g.name(), g.weight(), g.level(), replace(g.children(), node), g.bonusCap(), g.line())
                : n).toList();
    }
}
