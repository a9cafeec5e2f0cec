package org.jixiao.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A disclosure entered in a real browser: the filler creates the year's empty tables for her unit,
 * types the “三公” table with a typo, sees the core's finding at its row after saving, opens the table
 * again and corrects it, and the finding is gone. The year (2023) sorts after the demo's 2024 Baotou
 * disclosure, so the other browser tests still find Baotou first in the list.
 */
@EndToEndTest
class AccountsEditE2eTests extends BrowserTest {

    private static void type(String name, String value) {
        WebElement input = browser.find("input[name='" + name + "']");
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void theFillerCreatesADisclosureTypesATableAndCorrectsItInTheBrowser() {
        browser.login("demo-unit", "demo");
        browser.open("/accounts");
        WebElement year = browser.find("#new-form input[name='year']");
        year.clear();
        year.sendKeys("2023");
        new Select(browser.find("#new-form select[name='kind']")).selectByValue("ADMINISTRATIVE");
        browser.find("#new-button").click();
        browser.waitFor("#notice");
        assertThat(browser.text("#notice")).contains("已新建空白的决算公开表");
        assertThat(browser.text("#counts")).isEqualTo("检查发现错误 0 个，提示 0 个");

        browser.find("#edit-table-10").click();
        browser.waitFor("#edit-form");
        assertThat(browser.text("#edit-title")).isEqualTo("编辑十、财政拨款“三公”经费支出决算表");
        // 车 = 购置 + 运行 typed wrong: 2.53 where 2.35 was meant; figures as people type them
        type("line.total.budget", "3.50");
        type("line.total.accounts", "3.25");
        type("line.abroad.accounts", "—");
        type("line.vehicles.budget", "2.50");
        type("line.vehicles.accounts", "2.35");
        type("line.purchase.accounts", "０");
        type("line.running.accounts", "2.53");
        type("line.reception.budget", "1.00");
        type("line.reception.accounts", "0.90");
        browser.find("#save-table").click();
        browser.waitFor("#notice");

        assertThat(browser.text("#notice")).contains("修改已保存为新版本");
        WebElement finding = browser.find("#findings li[data-code='DISCLOSURE_TOTAL_MISMATCH']");
        assertThat(finding.getText()).contains("公务用车购置及运行费", "应为 2.53，表中为 2.35");
        finding.findElement(By.cssSelector("a.to-row")).click();
        assertThat((String) browser.script("return location.hash")).isEqualTo("#table-10-vehicles");
        assertThat(browser.find("#history tr[data-version='2'] td.source").getText()).isEqualTo("在线编辑“十、财政拨款“三公”经费支出决算表”");
        browser.screenshot("accounts-edit-typo");

        browser.find("#edit-table-10").click();
        browser.waitFor("#edit-form");
        assertThat(browser.find("input[name='line.running.accounts']").getAttribute("value")).isEqualTo("2.53");
        assertThat(browser.find("tr[data-key='vehicles']").getAttribute("class")).contains("ERROR");
        browser.screenshot("accounts-edit-form");
        type("line.running.accounts", "2.35");
        browser.find("#save-table").click();
        browser.waitFor("#notice");

        assertThat(browser.driver.findElements(By.cssSelector("#findings li[data-code='DISCLOSURE_TOTAL_MISMATCH']"))).isEmpty();
        assertThat(browser.text("#narrative")).as("八 generated from the typed figures")
                .contains("财政拨款“三公”经费全年预算 3.50 万元，支出决算 3.25 万元，完成预算的 92.86%");
        assertThat(browser.text("#shown-version")).startsWith("第 3 版，demo-unit 保存于");
        assertThat(browser.driver.getPageSource()).as("no message key without text").doesNotContain("??");
    }
}
