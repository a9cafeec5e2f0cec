package org.jixiao.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Shenzhen's execution curve drawn by ECharts in a real browser under the Content-Security-Policy
 * (no inline script): the chart exists, has drawn a canvas, and holds the four quarters against time
 * progress; the page shows the score 4.52 with its steps. Read-only, so it shares the end-to-end context.
 */
@EndToEndTest
class MonitoringChartE2eTests extends BrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void shenzhensCurveIsDrawn() {
        browser.login("demo-reviewer", "demo");
        browser.open("/monitoring?year=2024");
        browser.find("#units a[href*='/monitoring/units/']").click();
        browser.waitFor("#curve-chart canvas");

        assertThat(browser.text("#unit-name")).isEqualTo("深圳市教育信息技术中心");
        assertThat(browser.text("#execution-score-value")).isEqualTo("4.52");
        // ECharts' own instance on the element, with the option the server built
        Map<String, Object> drawn = (Map<String, Object>) browser.script("""
                var chart = echarts.getInstanceByDom(document.getElementById('curve-chart'));
                var option = chart.getOption();
                return {periods: option.xAxis[0].data, progress: option.series[0].data.map(function (p) { return p.value; }),
                        time: option.series[1].data, name: option.series[1].name,
                        width: document.querySelector('#curve-chart canvas').width};""");
        assertThat((List<Object>) drawn.get("periods")).containsExactly("2024年第一季度", "2024年第二季度", "2024年第三季度", "2024年第四季度");
        assertThat(((List<Object>) drawn.get("progress")).stream().map(String::valueOf).toList())
                .containsExactly("7.73", "38.09", "72.71", "97.29");
        assertThat(((List<Object>) drawn.get("time")).stream().map(String::valueOf).toList()).containsExactly("25", "50", "75", "100");
        assertThat(drawn.get("name")).isEqualTo("序时进度（按月平均）");
        assertThat(((Number) drawn.get("width")).intValue()).isGreaterThan(100);
        assertThat(browser.driver.findElements(By.cssSelector("#unit-curve [data-level='yellow']"))).hasSize(2);
        browser.screenshot("monitoring-shenzhen");

        // the overview draws the year's chart of every unit in the scope the same way
        browser.open("/monitoring?year=2024");
        browser.waitFor("#curve-chart-2024 canvas");
        browser.screenshot("monitoring-overview");
    }
}
