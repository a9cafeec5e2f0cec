package org.jixiao.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.JsonApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * A filler enters figures for a period on the page, sees her unit fall behind with the warning the
 * thresholds give, and records the cause and corrective action; refused input stores nothing. Each
 * test writes its own year of the Nanjing centre (demo-unit's unit), so tests sharing the database
 * do not see each other's records.
 */
@JixiaoWebTest
class MonitoringEntryTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MonitoringMvc mvc;
    long nanjing;

    @BeforeEach
    void setUp() {
        mvc = new MonitoringMvc(context);
        nanjing = mvc.unit("南京市电化教育馆");
    }

    private static Map<String, String> figures(String year, String period, String... lines) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", year);
        form.put("period", period);
        form.put("moneyUnit", "WAN_YUAN");
        for (int i = 0; i < lines.length; i += 4) {
            int n = i / 4;
            form.put("p." + n, lines[i]);
            form.put("b." + n, lines[i + 1]);
            form.put("e." + n, lines[i + 2]);
            form.put("r." + n, lines[i + 3]);
        }
        return form;
    }

    @Test
    void aFillerEntersAPeriodSeesTheLateItemsAndRecordsTheCause() throws Exception {
        // 甲单位's figures from docs/monitoring.md: 1000 万元, 380 by June: 38 % against 50 %, 12 behind: yellow
        MvcResult saved = mvc.post("demo-unit", "/monitoring/figures", figures("2031", "2031年上半年",
                "", "1000", "380", "",
                "网络运维项目", "200", "20", "",
                "", "", "", ""));
        assertThat(saved.getResponse().getStatus()).as(MonitoringMvc.html(saved)).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/monitoring/entry?year=2031&period=2031-H1");
        assertThat(saved.getFlashMap().get("notice")).isEqualTo("monitoring.notice.saved");
        assertThat(mvc.count("monitoring_execution", nanjing, 2031)).isEqualTo(2);

        String page = MonitoringMvc.html(mvc.page("demo-unit", "/monitoring/units/" + nanjing + "?year=2031"));
        String late = Html.section(page, "late-items");
        assertThat(Html.all(late, "data-item=\"([^\"]*)\"")).containsExactly("南京市电化教育馆（南京市教育信息化中心）", "网络运维项目");
        assertThat(Html.all(late, "data-level=\"([a-z-]+)\"")).containsExactly("yellow", "red");
        assertThat(late).contains("截至2031年上半年累计支出进度38.00%，序时进度50.00%，落后12.00个百分点，黄色预警")
                .contains("需说明原因");
        assertThat(page).contains("（其中2项尚未说明原因）");

        // the cause for the unit as a whole, from the late item's own form
        MvcResult recorded = mvc.post("demo-unit", "/monitoring/deviations", Map.of("year", "2031", "kind", "EXECUTION",
                "item", "", "period", "2031-H1", "cause", "FUNDS", "explanation", "上级资金6月下旬才到位",
                "correctiveAction", "资金到位后7月集中支付", "likelihood", "POSSIBLE"));
        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/monitoring/units/" + nanjing + "?year=2031");
        assertThat(recorded.getFlashMap().get("notice")).isEqualTo("monitoring.notice.deviationSaved");

        page = MonitoringMvc.html(mvc.page("demo-unit", "/monitoring/units/" + nanjing + "?year=2031"));
        assertThat(Html.section(page, "late-items")).contains("资金：资金到位后7月集中支付（有可能）");
        assertThat(page).contains("（其中1项尚未说明原因）");
        // who and when: the record and the log
        assertThat(jdbc.sql("select recorded_by from monitoring_deviation where unit_id = :u and year = 2031")
                .param("u", nanjing).query(String.class).single()).isEqualTo("demo-unit");
        assertThat(jdbc.sql("select new_value from monitoring_log where unit_id = :u and year = 2031 and record = 'DEVIATION'")
                .param("u", nanjing).query(String.class).single())
                .isEqualTo("原因类别资金；原因说明上级资金6月下旬才到位；纠偏措施资金到位后7月集中支付；完成可能性有可能");

        // the API says the same
        JsonApi.Answer a = new JsonApi(context).get("demo-reviewer", "/api/monitoring/units/" + nanjing + "?year=2031");
        assertThat(a.<List<Boolean>>read("$.lateItems[*].needsCause")).containsExactly(false, true);
        assertThat(a.<String>read("$.lateItems[0].deviation.correctiveAction")).isEqualTo("资金到位后7月集中支付");
        assertThat(a.<String>read("$.executionScoreProblem")).isNull();
    }

    @Test
    void aSecondSaveForThePeriodReplacesTheFigureAndIsLogged() throws Exception {
        mvc.post("demo-unit", "/monitoring/figures", figures("2033", "2033-Q1", "", "500", "100", ""));
        mvc.post("demo-unit", "/monitoring/figures", figures("2033", "2033-Q1", "", "500", "150", ""));
        assertThat(mvc.count("monitoring_execution", nanjing, 2033)).isEqualTo(1);
        assertThat(jdbc.sql("select executed from monitoring_execution where unit_id = :u and year = 2033").param("u", nanjing)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("150");
        assertThat(jdbc.sql("select old_value || ' → ' || new_value from monitoring_log where unit_id = :u and year = 2033"
                        + " and old_value is not null").param("u", nanjing).query(String.class).single())
                .isEqualTo("全年预算数500万元，累计执行数100万元 → 全年预算数500万元，累计执行数150万元");
        // the entry page shows the stored figure for the period
        String page = MonitoringMvc.html(mvc.page("demo-unit", "/monitoring/entry?year=2033&period=2033-Q1"));
        assertThat(Html.inputValue(page, "e.0")).isEqualTo("150");
        // a quarter missing: no execution score, and the page says why
        String unit = MonitoringMvc.html(mvc.page("demo-unit", "/monitoring/units/" + nanjing + "?year=2033"));
        assertThat(Html.section(unit, "execution-score-problem")).contains("缺少2033年第二季度支出进度");
    }

    @Test
    void wrongFiguresAreAllReportedWithTheInputKeptAndNothingStored() throws Exception {
        long before = mvc.rows();
        MvcResult r = mvc.post("demo-unit", "/monitoring/figures", figures("2034", "2034-Q2",
                "", "abc", "10", "",
                "项目甲", "100", "", "",
                "项目乙", "100", "50", "50",
                "项目丙", "100", "-1", ""));

        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String page = MonitoringMvc.html(r);
        assertThat(Html.all(Html.section(page, "figure-problems"), "data-field=\"([^\"]*)\",?\\s*data-code=\"([^\"]*)\""))
                .containsExactly("b.0", "e.1", "r.2", "e.3");
        assertThat(Html.all(page, "data-code=\"([A-Z_]+)\"")).contains("NOT_A_NUMBER", "MISSING_VALUE", "AMOUNTS_AND_RATE", "NEGATIVE");
        assertThat(Html.inputValue(page, "b.0")).as("the input as typed").isEqualTo("abc");
        assertThat(Html.inputValue(page, "p.3")).isEqualTo("项目丙");
        assertThat(mvc.rows()).isEqualTo(before);
    }

    @Test
    void indicatorsAreJudgedAgainstTheirHalfYearValues() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", "2035");
        form.put("period", "2035-H1");
        String[][] lines = {
                {"2.1.3", "预算执行率", "=45%", "=100%", "40%"},
                {"3.1.1.6", "线上教育名师直播课", "=400节", "=800节", "420节"},
                {"4.1", "客服响应及时性", "≥95%", "≥95%", "96%"},
                {"4.2", "预算调整率", "=0%", "=0%", "2%"}};
        for (int i = 0; i < lines.length; i++) {
            form.put("c." + i, lines[i][0]);
            form.put("n." + i, lines[i][1]);
            form.put("t." + i, lines[i][2]);
            form.put("y." + i, lines[i][3]);
            form.put("a." + i, lines[i][4]);
        }
        MvcResult saved = mvc.post("demo-unit", "/monitoring/indicators", form);
        assertThat(saved.getResponse().getStatus()).as(MonitoringMvc.html(saved)).isEqualTo(302);

        String page = MonitoringMvc.html(mvc.page("demo-unit", "/monitoring/units/" + nanjing + "?year=2035"));
        assertThat(Html.all(Html.section(page, "indicators"), "data-status=\"([A-Z_]+)\""))
                .containsExactly("BEHIND", "ON_TRACK", "ON_TRACK", "CANNOT_TELL");
        assertThat(Html.all(Html.section(page, "late-items"), "data-item=\"([^\"]*)\"")).containsExactly("2.1.3");
    }

    @Test
    void onlyTheUnitsFillerWrites() throws Exception {
        long before = mvc.rows();
        for (String who : List.of("demo-auditor", "demo-reviewer", "demo-finance", "demo-admin")) {
            MvcResult r = mvc.post(who, "/monitoring/figures", figures("2036", "2036-Q1", "", "100", "50", ""));
            assertThat(r.getResponse().getRedirectedUrl()).as(who).isEqualTo("/monitoring");
            assertThat(r.getFlashMap().get("problemCode")).as(who).isEqualTo(who.equals("demo-auditor") ? "READ_ONLY" : "NOT_ALLOWED");
            assertThat(mvc.page(who, "/monitoring/entry").getResponse().getStatus()).as(who).isEqualTo(403);
        }
        JsonApi.Answer a = new JsonApi(context).call("demo-auditor", HttpMethod.POST, "/api/monitoring/deviations",
                Map.of("year", "2036", "kind", "EXECUTION", "item", "", "period", "2036-Q1", "cause", "FUNDS",
                        "correctiveAction", "x", "likelihood", "CERTAIN"));
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.<String>read("$.code")).isEqualTo("READ_ONLY");
        assertThat(mvc.rows()).isEqualTo(before);
    }

    @Test
    void theApiEntersFiguresAndReportsEveryProblem() throws Exception {
        JsonApi api = new JsonApi(context);
        JsonApi.Answer bad = api.call("demo-unit", HttpMethod.POST, "/api/monitoring/figures", Map.of("year", "2037",
                "period", "2037年第五季度", "figures", List.of(Map.of("project", "", "budget", "x", "executed", "1"))));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.<List<String>>read("$.problems[*].code")).containsExactly("PERIOD_INVALID", "NOT_A_NUMBER");
        assertThat(bad.<String>read("$.message")).startsWith("有2处需要改正，未保存任何数据：期间“2037年第五季度”无效");

        JsonApi.Answer ok = api.call("demo-unit", HttpMethod.POST, "/api/monitoring/figures", Map.of("year", "2037",
                "period", "2037-03", "moneyUnit", "元", "figures", List.of(Map.of("project", "", "budget", "1,000,000", "executed", "50000"))));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.<Integer>read("$.figures")).isEqualTo(1);
        JsonApi.Answer unit = api.get("demo-unit", "/api/monitoring/units/" + nanjing + "?year=2037");
        // 5 % against 25 % by March: 20 points behind is yellow under "more than 20" for red
        assertThat(unit.<List<String>>read("$.curve.points[*].pointsBehind")).containsExactly("20.00");
        assertThat(unit.<List<String>>read("$.curve.points[*].level")).containsExactly("yellow");
        assertThat(unit.<Boolean>read("$.canWrite")).isTrue();
    }
}
