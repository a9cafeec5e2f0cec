package org.jixiao.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo's Baotou disclosure in a real browser under the Content-Security-Policy (no inline
 * script): both rings are drawn by ECharts with the tables' figures (图 1 收入 by source, 图 2 支出 by
 * kind), and a finding's link leads to its row. Read-only, so it shares the end-to-end context.
 */
@EndToEndTest
class AccountsChartE2eTests extends BrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void baotousChartsAreDrawnWithTheTablesFigures() {
        browser.login("demo-reviewer", "demo");
        browser.open("/accounts");
        browser.find("#disclosures a[href*='/accounts/']").click();
        browser.waitFor("#income-chart canvas");
        browser.waitFor("#expenditure-chart canvas");

        Map<String, Object> drawn = (Map<String, Object>) browser.script("""
                function ring(id) {
                  var option = echarts.getInstanceByDom(document.getElementById(id)).getOption();
                  return option.series[0].data.map(function (d) { return d.name + '=' + d.value; });
                }
                return {income: ring('income-chart'), expenditure: ring('expenditure-chart'),
                        width: document.querySelector('#income-chart canvas').width};""");
        assertThat((List<Object>) drawn.get("income")).containsExactly("一般公共预算财政拨款收入=528.68", "其他收入=21.39");
        assertThat((List<Object>) drawn.get("expenditure")).containsExactly("基本支出=488.17", "项目支出=61.89");
        assertThat(((Number) drawn.get("width")).intValue()).isGreaterThan(100);

        browser.find("#findings a.to-row").click();
        assertThat((String) browser.script("return location.hash")).isEqualTo("#table-4-incomeTotal");
        browser.screenshot("accounts-baotou");
    }
}
