package org.jixiao.web.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;

/**
 * The supervisor's list a page at a time, page and API alike. Every test makes its own tables with
 * project names no other test uses and filters by them (q), so the tables other tests add do not matter.
 */
@JixiaoWebTest
class ListPagingTests {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    TableImport imports;
    @Autowired
    JdbcClient jdbc;

    Http http;
    Tables tables;

    @BeforeEach
    void setUp() {
        http = new Http(context);
        tables = Tables.of(context);
    }

    /**
     * 25 tables named "{marker}-NN" (NN = 00…24) with totals 60 + NN: the first 15 at Nanjing, the rest at
     * Shenzhen; 80 and above graded 良, the others 中. Returns the ids by NN.
     */
    private List<Long> twentyFive(String marker) {
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < 25; n++) {
            long unit = n < 15 ? tables.nanjing() : tables.shenzhen();
            long id = imports.createDraft(unit, tables.frameworkId(), 2024, String.format("%s-%02d", marker, n), "test");
            jdbc.sql("update evaluation set total = :total, grade = :grade, complete = true where id = :id")
                    .param("total", BigDecimal.valueOf(60 + n)).param("grade", n >= 20 ? "良" : "中").param("id", id).update();
            ids.add(id);
        }
        return ids;
    }

    private static String marker(String name) {
        return name + "分页" + RUN.incrementAndGet() + "号";
    }

    /** Form-encoded, as the page writes its links; request URIs here are written as typed (MockMvc encodes them). */
    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(Http.Answer answer) {
        List<Number> ids = answer.read("$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private String page(String user, String uri) throws Exception {
        return http.page(user, get(uri)).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> rows(String html) {
        return Html.all(Html.section(html, "tables"), "data-id=\"(\\d+)\"").stream().map(Long::valueOf).toList();
    }

    @Test
    void pageTwoOfAFilteredSortedListHoldsTheNextRowsOnThePageAndInTheApi() throws Exception {
        String marker = marker("Ab");
        List<Long> ids = twentyFive(marker);
        // highest total first: NN 24…15 on page 1, NN 14…5 on page 2, NN 4…0 on page 3
        List<Long> expected = new ArrayList<>();
        for (int n = 14; n >= 5; n--) {
            expected.add(ids.get(n));
        }
        String query = "q=" + marker.toLowerCase() + "&sort=total&size=10&page=2";

        Http.Answer api = http.get("demo-reviewer", "/api/evaluations?" + query);
        assertThat(api.status()).isEqualTo(200);
        assertThat(ids(api)).containsExactlyElementsOf(expected);
        assertThat(api.<Integer>read("$.page")).isEqualTo(2);
        assertThat(api.<Integer>read("$.size")).isEqualTo(10);
        assertThat(api.<Integer>read("$.total")).isEqualTo(25);
        assertThat(api.<List<String>>read("$.items[*].total")).containsExactly("74", "73", "72", "71", "70", "69", "68", "67", "66", "65");

        String html = page("demo-reviewer", "/evaluations?" + query);
        assertThat(rows(html)).containsExactlyElementsOf(expected);
        assertThat(Html.byId(html, "list-count")).isEqualTo("共 25 张表，显示第 11–20 张（第 2/3 页）");
        assertThat(Html.inputValue(html, "q")).isEqualTo(marker.toLowerCase());
        // every page link keeps the search, the sort and the size
        String kept = "q=" + enc(marker.toLowerCase()) + "&amp;sort=total&amp;size=10";
        assertThat(Html.section(html, "pager")).contains("href=\"/evaluations?" + kept + "\"")
                .contains("href=\"/evaluations?" + kept + "&amp;page=3\"").contains("aria-current=\"page\"");

        // the filler sees her unit's 15 of them only, in the count too
        Http.Answer filler = http.get("demo-unit", "/api/evaluations?q=" + marker + "&size=200");
        assertThat(filler.<Integer>read("$.total")).isEqualTo(15);
        assertThat(ids(filler)).containsExactlyInAnyOrderElementsOf(ids.subList(0, 15));

        // the grade filter with the search: NN 20…24 are 良
        Http.Answer good = http.get("demo-reviewer", "/api/evaluations?q=" + marker + "&grade=良&sort=total-asc");
        assertThat(ids(good)).containsExactlyElementsOf(ids.subList(20, 25));
        assertThat(good.<Integer>read("$.total")).isEqualTo(5);
        assertThat(page("demo-reviewer", "/evaluations")).contains("<option value=\"良\">良</option>");
    }

    @Test
    void aPagePastTheEndIsEmptyAndStillCountsTheTables() throws Exception {
        String marker = marker("End");
        twentyFive(marker);

        Http.Answer api = http.get("demo-reviewer", "/api/evaluations?q=" + marker + "&page=4&size=10");
        assertThat(api.<List<Object>>read("$.items")).isEmpty();
        assertThat(api.<Integer>read("$.page")).isEqualTo(4);
        assertThat(api.<Integer>read("$.total")).isEqualTo(25);
        Http.Answer last = http.get("demo-reviewer", "/api/evaluations?q=" + marker + "&page=3&size=10");
        assertThat(ids(last)).hasSize(5);

        String html = page("demo-reviewer", "/evaluations?q=" + marker + "&page=4&size=10");
        assertThat(rows(html)).isEmpty();
        assertThat(Html.byId(html, "list-count")).isEqualTo("共 25 张表，本页没有");
        // the way back: to the first and to the last page
        assertThat(Html.section(html, "pager")).contains("id=\"page-first\"")
                .contains("href=\"/evaluations?q=" + enc(marker) + "&amp;size=10&amp;page=3\"").doesNotContain("page-next");
    }

    @Test
    void theSizeIsKeptWithinTenAndTwoHundredAndThePageStartsAtOne() throws Exception {
        String marker = marker("Size");
        twentyFive(marker);
        String q = "/api/evaluations?q=" + marker;

        assertThat(http.get("demo-reviewer", q).<Integer>read("$.size")).isEqualTo(50);
        Http.Answer tiny = http.get("demo-reviewer", q + "&size=1");
        assertThat(tiny.<Integer>read("$.size")).isEqualTo(10);
        assertThat(ids(tiny)).hasSize(10);
        assertThat(http.get("demo-reviewer", q + "&size=0").<Integer>read("$.size")).isEqualTo(10);
        assertThat(http.get("demo-reviewer", q + "&size=100000").<Integer>read("$.size")).isEqualTo(200);
        Http.Answer zero = http.get("demo-reviewer", q + "&size=10&page=0");
        assertThat(zero.<Integer>read("$.page")).isEqualTo(1);
        assertThat(ids(zero)).isEqualTo(ids(http.get("demo-reviewer", q + "&size=10&page=-3")));

        Http.Answer bad = http.get("demo-reviewer", q + "&size=viele");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<String>read("$.code")).isEqualTo("BAD_PARAMETER");

        String html = page("demo-reviewer", "/evaluations?q=" + marker + "&size=5");
        assertThat(rows(html)).hasSize(10);
        assertThat(Html.byId(html, "list-count")).isEqualTo("共 25 张表，显示第 1–10 张（第 1/3 页）");
        assertThat(Html.inputValue(html, "size")).isEqualTo("10");
    }

    @Test
    void theProjectSearchTakesPercentUnderscoreAndQuotesLiterally() throws Exception {
        String m = marker("");
        long percent = imports.createDraft(tables.nanjing(), tables.frameworkId(), 2024, "覆盖率100%达标-" + m, "test");
        long noPercent = imports.createDraft(tables.nanjing(), tables.frameworkId(), 2024, "覆盖率100达标-" + m, "test");
        long underscore = imports.createDraft(tables.nanjing(), tables.frameworkId(), 2024, "Item_A-" + m, "test");
        long noUnderscore = imports.createDraft(tables.nanjing(), tables.frameworkId(), 2024, "ItemxA-" + m, "test");
        long quote = imports.createDraft(tables.shenzhen(), tables.frameworkId(), 2024, "O'Brien 项目-" + m, "test");

        // as LIKE patterns "100%达标-…" and "item_a-…" would match their look-alikes too
        assertThat(ids(http.get("demo-reviewer", "/api/evaluations?q=" + "100%达标-" + m))).containsExactly(percent);
        assertThat(ids(http.get("demo-reviewer", "/api/evaluations?q=" + "100达标-" + m))).containsExactly(noPercent);
        assertThat(ids(http.get("demo-reviewer", "/api/evaluations?q=" + "item_a-" + m))).containsExactly(underscore);
        assertThat(ids(http.get("demo-reviewer", "/api/evaluations?q=" + "ITEMXA-" + m))).containsExactly(noUnderscore);
        assertThat(ids(http.get("demo-reviewer", "/api/evaluations?q=" + "o'brien 项目-" + m))).containsExactly(quote);
        assertThat(ids(http.get("demo-reviewer", "/api/evaluations?q=' or '1'='1"))).isEmpty();

        // a lone % or _ finds only projects that contain it
        Http.Answer anyPercent = http.get("demo-reviewer", "/api/evaluations?q=%&size=200");
        assertThat(anyPercent.<List<String>>read("$.items[*].project")).isNotEmpty().allMatch(p -> p.contains("%"));
        assertThat(ids(anyPercent)).contains(percent).doesNotContain(noPercent);
        Http.Answer anyUnderscore = http.get("demo-reviewer", "/api/evaluations?q=_&size=200");
        assertThat(anyUnderscore.<List<String>>read("$.items[*].project")).isNotEmpty().allMatch(p -> p.contains("_"));

        // the page finds the same, and shows the search as typed
        String html = page("demo-reviewer", "/evaluations?q=o'brien 项目-" + m);
        assertThat(rows(html)).containsExactly(quote);
        assertThat(Html.inputValue(html, "q")).isEqualTo("o&#39;brien 项目-" + m);
    }

    @Test
    void theApiAnswersOnePageObject() throws Exception {
        Http.Answer answer = http.get("demo-reviewer", "/api/evaluations");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<Map<String, Object>>read("$")).containsOnlyKeys("items", "page", "size", "total");
        assertThat(answer.<Integer>read("$.page")).isEqualTo(1);
        assertThat(answer.<Integer>read("$.size")).isEqualTo(50);
        long inScope = jdbc.sql("""
                        select count(*) from evaluation e join org_unit o on o.id = e.unit_id
                         where o.path like (select path from org_unit where name = '演示市教育局') || '%'""")
                .query(Long.class).single();
        assertThat(answer.<Number>read("$.total").longValue()).isEqualTo(inScope);
        assertThat(answer.<List<Object>>read("$.items")).hasSize((int) Math.min(50, inScope));
        assertThat(answer.<Map<String, Object>>read("$.items[0]")).containsKeys("id", "unitName", "project", "status",
                "total", "grade", "errorCount");
    }
}
