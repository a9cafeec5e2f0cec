package org.jixiao.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.web.frameworks.SignedIn.body;
import static org.jixiao.web.frameworks.SignedIn.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.framework.Framework;
import org.jixiao.core.framework.FrameworkFormat;
import org.jixiao.core.framework.Group;
import org.jixiao.core.framework.Indicator;
import org.jixiao.core.framework.Nature;
import org.jixiao.core.framework.Node;
import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.frameworks.FrameworkCatalog.StoredFramework;
import org.jixiao.web.organisation.Scope;
import org.jixiao.web.organisation.Units;
import org.jixiao.web.organisation.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The indicator library: searched and filtered within the user's scope, and an indicator from it
 * added to a group of a grid (not saved until the grid is), refused where the grid may not change.
 */
@JixiaoWebTest
class IndicatorLibraryTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    Users users;
    @Autowired
    Units units;
    @Autowired
    FrameworkCatalog catalog;
    @Autowired
    org.jixiao.web.evaluations.TableImport tables;

    SignedIn as;
    MockMvc mvc;
    MockHttpSession session;

    @BeforeEach
    void signIn() {
        as = new SignedIn(context, users);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        session = new MockHttpSession();
    }

    @Test
    void searchingLiveFindsBaotousIndicatorsWithTheirFramework() throws Exception {
        StoredFramework baotou = catalog.findByCode("baotou-2024-mingshi-shijie").orElseThrow();

        MvcResult found = as.get("demo-unit", "/indicators?q=直播");

        assertThat(status(found)).isEqualTo(200);
        String html = body(found);
        List<String> names = Html.all(html, "<td class=\"name\">([^<]*)</td>");
        assertThat(names).contains("寒假名师视界直播课节数", "暑假名师视界直播课节数", "直播课内容完好时长占比",
                "寒假名师视界直播时间", "智慧教育名师视界直播运行费", "线上教育名师直播课");
        assertThat(names).allMatch(n -> n.contains("直播"));
        // each with where it comes from: the framework, linked, and the category path
        assertThat(html).containsPattern("(?s)data-framework=\"baotou-2024-mingshi-shijie\" data-code=\"1\\.1\\.1\" data-nature=\"QUANTITATIVE\" data-kind=\"PROJECT_SELF_EVALUATION\">"
                + "\\s*<td class=\"name\">寒假名师视界直播课节数</td>\\s*<td class=\"path\">产出指标 › 数量指标</td>"
                + "\\s*<td class=\"target\"><span>170</span> <small>（计量单位：节）</small></td>\\s*<td class=\"num weight\">6</td>");
        assertThat(html).contains("href=\"/frameworks/" + baotou.id() + "\">包头市智慧教育“名师视界”直播运行费</a>");
        // a 评分办法 compiled: Nanjing's A11 shows its canonical rule
        String method = body(as.get("demo-unit", "/indicators?q=决策制度的规范性"));
        assertThat(method).contains("data-code=\"A11\"", "<small>规范表述：</small>");
        // any case: "cdn" finds Suzhou's CDN indicator
        assertThat(Html.all(body(as.get("demo-unit", "/indicators?q=cdn")), "<td class=\"name\">([^<]*)</td>"))
                .contains("线上教育云资源租用CDN流量");
    }

    @Test
    void filtersByNatureKindAndCategory() throws Exception {
        String qualitative = body(as.get("demo-unit", "/indicators?q=直播&nature=QUALITATIVE"));
        assertThat(Html.all(qualitative, "<td class=\"name\">([^<]*)</td>"))
                .contains("寒假名师视界直播时间", "暑假名师视界直播时间")
                .doesNotContain("寒假名师视界直播课节数", "直播课内容完好时长占比");
        assertThat(Html.all(qualitative, "data-nature=\"([A-Z]+)\"")).isNotEmpty().containsOnly(Nature.QUALITATIVE.name());

        String quantity = body(as.get("demo-unit", "/indicators?q=直播&cat=产出指标 › 数量指标"));
        assertThat(Html.all(quantity, "<td class=\"name\">([^<]*)</td>")).containsOnly("寒假名师视界直播课节数", "暑假名师视界直播课节数");
        assertThat(quantity).contains("<option value=\"产出指标 › 数量指标\" selected=\"selected\">");

        // other tests' copies may hold Baotou's indicators too: what counts is that every one comes from a target table
        String targets = body(as.get("demo-unit", "/indicators?q=直播&kind=TARGET_TABLE"));
        assertThat(Html.all(targets, "<td class=\"name\">([^<]*)</td>")).contains("线上教育名师直播课");
        assertThat(Html.all(targets, "data-kind=\"([A-Z_]+)\"")).isNotEmpty().containsOnly("TARGET_TABLE");
        assertThat(targets).doesNotContain("data-framework=\"baotou-2024-mingshi-shijie\"");

        MvcResult bad = as.get("demo-unit", "/indicators?nature=SOMETIMES");
        assertThat(status(bad)).isEqualTo(400);
        assertThat(body(bad)).contains("<code>NATURE_INVALID</code>", "所选指标性质无效");
    }

    @Test
    void anIndicatorOfAnotherUnitOutsideTheScopeNeverAppears() throws Exception {
        String unique = "深圳专有指标" + SEQUENCE.incrementAndGet();
        StoredFramework shenzhens = shenzhenFramework(unique);

        String unitsView = body(as.get("demo-unit", "/indicators?q=" + unique));
        assertThat(Html.all(unitsView, "<td class=\"name\">([^<]*)</td>")).isEmpty();
        assertThat(unitsView).doesNotContain(shenzhens.code()).contains("data-total=\"0\"");
        assertThat(body(as.get("demo-unit", "/indicators?kind=TARGET_TABLE"))).doesNotContain(unique, shenzhens.code());
        String reviewersView = body(as.get("demo-reviewer", "/indicators?q=" + unique));
        assertThat(Html.all(reviewersView, "<td class=\"name\">([^<]*)</td>")).containsExactly(unique);
        assertThat(reviewersView).contains("data-framework=\"" + shenzhens.code() + "\"");

        // nor can it be picked for, or copied into a grid by naming its id
        assertThat(status(as.get("demo-unit", "/indicators?pick=" + shenzhens.id() + "&group=1.1"))).isEqualTo(404);
        StoredFramework mine = copyOf("suzhou-target-table", "demo-unit");
        MvcResult smuggled = post("demo-unit", addUrl(mine), "source", String.valueOf(shenzhens.id()), "code", "1.1.1",
                "group", "1.1", "v", String.valueOf(mine.version()));
        assertThat(status(smuggled)).isEqualTo(404);
        assertThat(body(smuggled)).contains("<code>INDICATOR_NOT_FOUND</code>").doesNotContain(unique);
        assertThat(TableForm.of(body(smuggled)).codes()).doesNotContain("1.1.3");
    }

    @Test
    void indicatorsFromTheLibraryAreAddedToTheGroupAndSavedWithTheGrid() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");
        StoredFramework baotou = catalog.findByCode("baotou-2024-mingshi-shijie").orElseThrow();
        StoredFramework nanjing = catalog.findByCode("nanjing-department").orElseThrow();
        TableForm grid = TableForm.of(body(as.get("demo-unit", tableUrl(copy))));
        assertThat(grid.html).contains("name=\"action\" value=\"library:3.1.1\"");

        // an unsaved change, then to the library for group 3.1.1: the typed grid is kept for the way back
        MvcResult toLibrary = post("demo-unit", tableUrl(copy), grid.set("t", "2.1.3", "=97%").post("library:3.1.1"));
        String pickUrl = "/indicators?pick=" + copy.id() + "&group=3.1.1&v=" + copy.version();
        assertThat(toLibrary.getResponse().getRedirectedUrl()).isEqualTo(pickUrl);
        String picking = body(get("demo-unit", pickUrl + "&q=寒假名师视界直播课节数"));
        assertThat(picking).contains("id=\"pick\"", "分组 3.1.1", "id=\"add-lib-0\"", "添加到此表");

        MvcResult added = post("demo-unit", addUrl(copy), "source", String.valueOf(baotou.id()), "code", "1.1.1",
                "group", "3.1.1", "v", String.valueOf(copy.version()));

        assertThat(status(added)).isEqualTo(200);
        TableForm withRow = TableForm.of(body(added));
        assertThat(withRow.codes()).containsSubsequence("3.1.1.13", "3.1.1.14", "3.1.2");
        assertThat(withRow.value("n", "3.1.1.14")).isEqualTo("寒假名师视界直播课节数");
        assertThat(withRow.value("t", "3.1.1.14")).isEqualTo("170");
        assertThat(withRow.value("u", "3.1.1.14")).isEqualTo("节");
        assertThat(withRow.value("h", "3.1.1.14")).isEmpty();
        assertThat(withRow.value("t", "2.1.3")).isEqualTo("=97%");
        assertThat(withRow.fields.get("version")).isEqualTo(String.valueOf(copy.version()));
        assertThat(body(added)).contains("id=\"notice\"");
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());

        // a second one, with its 评分办法, into 1.1; the first is still there
        post("demo-unit", tableUrl(copy), withRow.post("library:1.1"));
        TableForm both = TableForm.of(body(post("demo-unit", addUrl(copy), "source", String.valueOf(nanjing.id()),
                "code", "A11", "group", "1.1", "v", String.valueOf(copy.version()))));
        assertThat(both.value("n", "1.1.3")).isEqualTo("决策制度的规范性");
        assertThat(both.value("m", "1.1.3")).isEqualTo("评价为\"规范\"得2分,\"较规范\"得1分,\"不规范\"得0分");
        assertThat(both.value("n", "3.1.1.14")).isEqualTo("寒假名师视界直播课节数");

        MvcResult saved = as.post("demo-unit", tableUrl(copy), both.post("save"));

        assertThat(saved.getResponse().getRedirectedUrl()).as(body(saved)).isEqualTo(tableUrl(copy));
        assertThat(reread(copy).version()).isEqualTo(copy.version() + 1);
        Framework read = FrameworkFormat.read("saved", reread(copy).sourceText()).orThrow();
        Indicator live = read.indicator("3.1.1.14").orElseThrow();
        assertThat(live.name()).isEqualTo("寒假名师视界直播课节数");
        assertThat(live.target().text()).isEqualTo("170");
        assertThat(live.unitOfMeasure()).isEqualTo("节");
        assertThat(live.nature()).isEqualTo(Nature.QUANTITATIVE);
        Indicator rules = read.indicator("1.1.3").orElseThrow();
        assertThat(rules.method()).isEqualTo("评价为\"规范\"得2分,\"较规范\"得1分,\"不规范\"得0分");
        assertThat(rules.target().text()).isEqualTo("规范");
        assertThat(((Group) read.node("1.1").orElseThrow()).children()).extracting(Node::code).containsExactly("1.1.1", "1.1.2", "1.1.3");
        assertThat(read.indicator("2.1.3").orElseThrow().target().text()).isEqualTo("=97%");
    }

    @Test
    void backFromTheLibraryWithoutAddingTheTypedGridIsKeptAndTheLibraryIsInEnglishToo() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");
        TableForm grid = TableForm.of(body(as.get("demo-unit", tableUrl(copy))));
        post("demo-unit", tableUrl(copy), grid.set("n", "1.1.1", "中长期规划健全性").post("library:1.1"));

        String picking = body(get("demo-unit", "/indicators?pick=" + copy.id() + "&group=1.1&v=" + copy.version() + "&lang=en"));
        assertThat(picking).contains("Indicator library", "Back to the grid (add nothing)", "Add to this table")
                .doesNotContain("添加到此表");
        TableForm back = TableForm.of(body(post("demo-unit", addUrl(copy), "v", String.valueOf(copy.version()))));

        assertThat(back.value("n", "1.1.1")).isEqualTo("中长期规划健全性");
        assertThat(back.codes()).isEqualTo(grid.codes());
        assertThat(reread(copy).sourceText()).isEqualTo(copy.sourceText());
    }

    @Test
    void aGroupWithWeightsTakesTheIndicatorsWeight() throws Exception {
        StoredFramework copy = copyOf("national-project", "demo-unit");
        StoredFramework baotou = catalog.findByCode("baotou-2024-mingshi-shijie").orElseThrow();
        TableGrid grid = TableGrid.of(catalog.framework(copy));
        String group = grid.rows().stream().filter(r -> r.group() && r.name().equals("数量指标")).findFirst().orElseThrow().code();

        TableForm added = TableForm.of(body(post("demo-unit", addUrl(copy), "source", String.valueOf(baotou.id()),
                "code", "1.1.1", "group", group, "v", String.valueOf(copy.version()))));

        String code = added.codes().get(added.codes().indexOf(group) + 1);
        assertThat(added.value("n", code)).isEqualTo("寒假名师视界直播课节数");
        assertThat(added.value("w", code)).isEqualTo("6");
    }

    @Test
    void addingToAFrameworkInUseOrNotOwnedIsRefused() throws Exception {
        StoredFramework baotou = catalog.findByCode("baotou-2024-mingshi-shijie").orElseThrow();
        StoredFramework inUse = copyOf("suzhou-target-table", "demo-unit");
        tables.createDraft(as.user("demo-unit").unitId(), inUse.id(), 2025, "按目标表评分的表", "demo-unit");
        StoredFramework shipped = catalog.findByCode("suzhou-target-table").orElseThrow();
        StoredFramework reviewers = copyOf("suzhou-target-table", "demo-reviewer");

        MvcResult used = addBaotou(inUse, baotou);
        assertThat(status(used)).isEqualTo(422);
        assertThat(body(used)).contains("<code>IN_USE</code>", "已有1张自评表按此指标体系评分，不能添加指标");
        assertThat(TableForm.of(body(used)).codes()).doesNotContain("3.1.1.14");
        assertThat(body(get("demo-unit", "/indicators?pick=" + inUse.id() + "&group=3.1.1")))
                .contains("id=\"pick-problem\"", "data-code=\"IN_USE\"").doesNotContain("id=\"add-lib-0\"");

        MvcResult notOwned = addBaotou(shipped, baotou);
        assertThat(status(notOwned)).isEqualTo(403);
        assertThat(body(notOwned)).contains("<code>READ_ONLY</code>");
        assertThat(status(addBaotou(reviewers, baotou))).isEqualTo(404);
        assertThat(status(post("demo-auditor", addUrl(reviewers), "source", String.valueOf(baotou.id()), "code", "1.1.1",
                "group", "3.1.1", "v", "0"))).isEqualTo(403);

        StoredFramework mine = copyOf("suzhou-target-table", "demo-unit");
        MvcResult noGroup = post("demo-unit", addUrl(mine), "source", String.valueOf(baotou.id()), "code", "1.1.1",
                "group", "3", "v", String.valueOf(mine.version()));
        assertThat(status(noGroup)).isEqualTo(422);
        assertThat(body(noGroup)).contains("<code>GROUP_INVALID</code>");
        assertThat(reread(inUse).sourceText()).isEqualTo(inUse.sourceText());
        assertThat(reread(reviewers).version()).isEqualTo(reviewers.version());
        assertThat(reread(mine).version()).isEqualTo(mine.version());
    }

    @Test
    void aStaleVersionIsRefusedAndTheTypedGridKept() throws Exception {
        StoredFramework copy = copyOf("suzhou-target-table", "demo-unit");
        StoredFramework baotou = catalog.findByCode("baotou-2024-mingshi-shijie").orElseThrow();
        TableForm mine = TableForm.of(body(as.get("demo-unit", tableUrl(copy))));
        TableForm theirs = TableForm.of(body(as.get("demo-unit", tableUrl(copy))));
        post("demo-unit", tableUrl(copy), mine.set("t", "2.1.3", "=77%").post("library:3.1.1"));
        as.post("demo-unit", tableUrl(copy), theirs.set("t", "2.1.3", "=99%").post("save"));

        MvcResult stale = addBaotou(copy, baotou);

        assertThat(status(stale)).isEqualTo(409);
        assertThat(body(stale)).contains("<code>CONFLICT</code>", "demo-unit已保存了新的版本（第1版）");
        TableForm kept = TableForm.of(body(stale));
        assertThat(kept.codes()).doesNotContain("3.1.1.14");
        assertThat(kept.value("t", "2.1.3")).isEqualTo("=77%");
        assertThat(kept.fields.get("version")).isEqualTo(String.valueOf(copy.version()));
        assertThat(reread(copy).version()).isEqualTo(copy.version() + 1);
        assertThat(FrameworkFormat.read("stored", reread(copy).sourceText()).orThrow().indicator("3.1.1.14")).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private MvcResult addBaotou(StoredFramework target, StoredFramework baotou) throws Exception {
        return post("demo-unit", addUrl(target), "source", String.valueOf(baotou.id()), "code", "1.1.1",
                "group", "3.1.1", "v", String.valueOf(target.version()));
    }

    /** A target table owned by the Shenzhen centre, with one indicator renamed to {@code unique}. */
    private StoredFramework shenzhenFramework(String unique) {
        long shenzhen = units.within(Scope.everything()).stream().filter(u -> u.name().equals("深圳市教育信息技术中心"))
                .findFirst().orElseThrow().id();
        String code = "library-test-" + SEQUENCE.incrementAndGet();
        String text = catalog.findByCode("suzhou-target-table").orElseThrow().sourceText()
                .replace("framework: suzhou-target-table", "framework: " + code).replace("中长期规划制定健全性", unique);
        catalog.create(text, false, shenzhen, "test");
        return catalog.findByCode(code).orElseThrow();
    }

    private StoredFramework copyOf(String shipped, String username) {
        return as.copy(shipped, username, "library-test-" + SEQUENCE.incrementAndGet(), "指标库测试");
    }

    private StoredFramework reread(StoredFramework f) {
        return as.reread(f);
    }

    private static String tableUrl(StoredFramework f) {
        return "/frameworks/" + f.id() + "/table";
    }

    private static String addUrl(StoredFramework f) {
        return tableUrl(f) + "/add-from-library";
    }

    /** Requests in this test's one session, as a browser keeps it between the grid and the library. */
    private MvcResult get(String username, String url) throws Exception {
        return perform(username, MockMvcRequestBuilders.get(url));
    }

    private MvcResult post(String username, String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(url).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return perform(username, request);
    }

    private MvcResult perform(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(SecurityMockMvcRequestPostProcessors.user(as.user(username)))).andReturn();
    }
}
