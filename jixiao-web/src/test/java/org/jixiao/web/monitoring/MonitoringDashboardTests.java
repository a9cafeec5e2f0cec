package org.jixiao.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jixiao.web.Html;
import org.jixiao.web.JixiaoWebTest;
import org.jixiao.web.JsonApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The dashboards on the demo data as it is loaded on the first start (Shenzhen's four quarters and
 * the mid-year cause from its report, Suzhou's half-year plan from its target table), read through
 * the real application and PostgreSQL, as HTML and as JSON.
 */
@JixiaoWebTest
class MonitoringDashboardTests {

    @Autowired
    WebApplicationContext context;

    MonitoringMvc mvc;
    JsonApi api;
    long shenzhen;
    long suzhou;

    @BeforeEach
    void setUp() {
        mvc = new MonitoringMvc(context);
        api = new JsonApi(context);
        shenzhen = mvc.unit("深圳市教育信息技术中心");
        suzhou = mvc.unit("苏州市电化教育馆");
    }

    @Test
    void shenzhensCurveAndScoreAsJson() throws Exception {
        JsonApi.Answer a = api.get("demo-reviewer", "/api/monitoring/units/" + shenzhen + "?year=2024");

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.<List<String>>read("$.curve.points[*].progress")).containsExactly("7.73", "38.09", "72.71", "97.29");
        assertThat(a.<List<String>>read("$.curve.points[*].timeProgress")).containsExactly("25.00", "50.00", "75.00", "100.00");
        assertThat(a.<List<String>>read("$.curve.points[*].pointsBehind")).containsExactly("17.27", "11.91", "2.29", "2.71");
        assertThat(a.<List<String>>read("$.curve.points[*].level")).containsExactly("yellow", "yellow", "on-track", "on-track");
        assertThat(a.<String>read("$.executionScore.rounded")).isEqualTo("4.52");
        assertThat(a.<String>read("$.executionScore.exact")).isEqualTo("4.52005");
        assertThat(a.<List<String>>read("$.executionScore.terms[*].ratio")).startsWith("0.3092", "0.7618");
        assertThat(a.<String>read("$.executionScore.explanation")).startsWith("一季度7.73%÷25.00%=0.3092；");
        assertThat(a.<String>read("$.thresholds")).isEqualTo("落后序时进度超过10个百分点为黄色预警，超过20个百分点为红色预警");
        // the latest quarter is on track: nothing is late now; the cause recorded at mid-year is kept
        assertThat(a.<List<Object>>read("$.lateItems")).isEmpty();
        assertThat(a.<List<String>>read("$.deviations[*].period")).containsExactly("2024-Q2");
        assertThat(a.<List<String>>read("$.deviations[*].cause")).containsExactly("OTHER");
        assertThat(a.<Boolean>read("$.canWrite")).isFalse();
    }

    @Test
    void shenzhensPageShowsTheCurveTheChartAndTheScoreWithItsSteps() throws Exception {
        String page = MonitoringMvc.html(mvc.page("demo-finance", "/monitoring/units/" + shenzhen + "?year=2024"));

        assertThat(Html.byId(page, "execution-score-value")).isEqualTo("4.52");
        assertThat(Html.byId(page, "score-exact")).isEqualTo("4.52005");
        assertThat(Html.byId(page, "ratio-sum")).isEqualTo("3.0134");
        assertThat(Html.all(Html.section(page, "unit-curve"), "class=\"num behind\">([^<]*)<")).containsExactly("17.27", "11.91", "2.29", "2.71");
        assertThat(Html.all(Html.section(page, "unit-curve"), "data-level=\"([a-z-]+)\"")).containsExactly("yellow", "yellow", "on-track", "on-track");
        // the chart's data as ECharts takes them (no inline script: an attribute charts.js reads)
        String chart = Html.all(page, "data-chart=\"([^\"]*)\"").get(0).replace("&quot;", "\"");
        assertThat(chart).contains("\"data\":[\"2024年第一季度\",\"2024年第二季度\",\"2024年第三季度\",\"2024年第四季度\"]")
                .contains("{\"value\":7.73,\"level\":\"yellow\"").contains("{\"value\":97.29,\"level\":\"on-track\"")
                .contains("\"data\":[25.00,50.00,75.00,100.00]");
        assertThat(page).doesNotContain("??");
        assertThat(Html.section(page, "deviations")).contains("政府采购项目未及时在第一季度完成招标工作");
    }

    @Test
    void suzhousPlanIsCheckedAgainstItsOwnSums() throws Exception {
        String page = MonitoringMvc.html(mvc.page("demo-reviewer", "/monitoring/units/" + suzhou + "?year=2024"));

        assertThat(Html.byId(page, "plan-half")).isEqualTo("816.54");
        assertThat(Html.byId(page, "plan-full")).isEqualTo("2190.36");
        assertThat(Html.byId(page, "plan-share")).isEqualTo("37.28%");
        assertThat(Html.byId(page, "plan-time")).isEqualTo("50.00%");
        assertThat(Html.section(page, "plan-problems")).contains("“项目支出”半年计划执行数为299.62，其明细合计为299.60，相差0.02");
        assertThat(Html.all(Html.section(page, "plan-lines"), "<tr>(<td)")).hasSize(15);
        assertThat(page).doesNotContain("execution-score-value");
    }

    @Test
    void theOverviewShowsTheUnitsInTheScopeAndSaysWhyTheyCannotBeAddedUp() throws Exception {
        JsonApi.Answer a = api.get("demo-finance", "/api/monitoring?year=2024");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.<List<String>>read("$.unitCurves[*].curve.subject")).contains("深圳市教育信息技术中心");
        assertThat(a.<List<Number>>read("$.unitCurves[?(@.curve.subject == '深圳市教育信息技术中心')].unitId"))
                .extracting(Number::longValue).containsExactly(shenzhen);
        // Shenzhen states only rates: the combined curve has no progress and says so
        assertThat(a.<List<String>>read("$.combinedCurves[0].points[*].note"))
                .allSatisfy(note -> assertThat(note).contains("深圳市教育信息技术中心未填报预算数和执行数，无法合计"));

        String page = MonitoringMvc.html(mvc.page("demo-finance", "/monitoring?year=2024"));
        assertThat(page).contains("id=\"curve-chart-2024\"").contains("data-chart=")
                .contains(">2024年度预算执行进度与序时进度<").doesNotContain("2,024");
        assertThat(Html.section(page, "units")).contains("深圳市教育信息技术中心").contains("97.29%");
        assertThat(page).doesNotContain("??");
    }

    @Test
    void acrossYearsTheUnitPageDrawsOneLinePerYear() throws Exception {
        String page = MonitoringMvc.html(mvc.page("demo-auditor", "/monitoring/units/" + shenzhen + "?year=all"));
        assertThat(Html.byId(page, "selected-year")).isEqualTo("全部年度");
        assertThat(page).contains("id=\"curve-2024\"");
        String chart = Html.all(page, "data-chart=\"([^\"]*)\"").get(0).replace("&quot;", "\"");
        assertThat(chart).contains("\"name\":\"2024年\"").contains("\"1月\"").contains("\"12月\"");
    }

    @Test
    void theEnglishPageHasEveryLabel() throws Exception {
        MvcResult r = mvc.page("demo-reviewer", "/monitoring/units/" + shenzhen + "?year=2024&lang=en");
        String page = MonitoringMvc.html(r);
        assertThat(page).contains("Execution score (by quarter)").doesNotContain("??");
        assertThat(Map.of("status", r.getResponse().getStatus())).containsEntry("status", 200);
    }
}
