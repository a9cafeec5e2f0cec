package org.jixiao.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The issue's flow in a real browser, on the demo Nanjing draft (in this class's own database, see
 * {@link EndToEndTest}): the filler sees scores and findings follow her typing without a reload,
 * resolves the two open errors, saves and submits; the department reviewer returns the table with
 * comments; the filler sees them. The steps build on each other, hence the order.
 */
@EndToEndTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TableFlowE2eTests extends BrowserTest {

    static final String ROW_COMMENT = "请补充项目资金执行率偏低的整改时间表";
    static final String TABLE_COMMENT = "请按本行意见修改后重新提交";

    static String tableId;

    @Test
    @Order(1)
    void fillerSeesTotalAndFindingsFollowHerTypingWithoutReload() {
        browser.login("demo-unit", "demo");
        browser.open("/evaluations");
        // the filler's list: her unit's one draft, Nanjing 2024
        assertThat(browser.driver.findElements(By.cssSelector("#tables .status-DRAFT"))).hasSize(1);
        tableId = browser.find("#tables tr:has(.status-DRAFT)").getAttribute("data-id");
        browser.open("/evaluations/" + tableId);

        assertThat(browser.text("#status")).isEqualTo("草稿");
        assertThat(browser.driver.getPageSource()).as("no message key without text").doesNotContain("??");
        assertThat(browser.text("#total")).isEqualTo("99.96");
        assertThat(browser.text("#grade")).isEqualTo("（待定）");
        assertThat(browser.text("#error-count")).isEqualTo("2");
        assertThat(findingRows()).containsExactlyInAnyOrder("NEEDS_JUDGEMENT@F11", "DEVIATION_REASON_MISSING@B12");
        assertThat(browser.text("#score-B12")).isEqualTo("1.96");
        assertThat(browser.text("#ask-B12")).isEqualTo("扣分，请说明偏差原因");
        assertThat(browser.text("#score-B11")).isEqualTo("2");
        assertThat(browser.text("#row-B11 td:nth-child(4)")).as("target shown once with its unit").isEqualTo("90%");

        browser.script("window.__marker = 1");
        // B11 部门预算执行率: target 90%, 2 points; 81% earns 2 × 81/90 = 1.8, so 0.2 is lost
        retype("#a-B11", "81%");
        browser.waitForText("#total", "99.76");
        browser.waitForText("#score-B11", "1.8");
        assertThat(browser.text("#ask-B11")).isEqualTo("扣分，请说明偏差原因");
        assertThat(browser.text("#error-count")).isEqualTo("3");
        assertThat(findingRows()).contains("DEVIATION_REASON_MISSING@B11");

        retype("#a-B11", "93%");
        browser.waitForText("#total", "99.96");
        browser.waitForText("#score-B11", "2");
        assertThat(findingRows()).doesNotContain("DEVIATION_REASON_MISSING@B11");
        assertThat(browser.script("return window.__marker")).as("no page reload").isEqualTo(1L);
    }

    @Test
    @Order(2)
    void fillerResolvesBothErrorsSavesAndSubmits() throws Exception {
        browser.script("window.__marker = 2");
        openDetails("B12");
        browser.find("#dr-B12").sendKeys("部分项目按合同约定进度付款，尚未达到付款条件；下年度按月跟踪付款进度。");
        browser.waitUntilGone("#findings li[data-code='DEVIATION_REASON_MISSING'][data-row='B12']");
        assertThat(browser.text("#error-count")).isEqualTo("1");
        assertThat(browser.text("#ask-B12")).isEmpty();
        assertThat(browser.text("#total")).as("a reason explains lost points, it does not restore them").isEqualTo("99.96");

        openDetails("F11");
        assertThat(browser.text("#ask-F11")).startsWith("需人工认定：");
        browser.find("#js-F11").sendKeys("2");
        browser.find("#jr-F11").sendKeys("获省级嘉奖一项，按评分标准加2分");
        browser.waitForText("#error-count", "0");
        browser.waitForText("#score-F11", "2");
        assertThat(findingRows()).isEmpty();
        assertThat(browser.text("#grade")).isNotEqualTo("（待定）").isNotEmpty();
        // 99.96 plus F11's 2 bonus points
        assertThat(browser.text("#total")).isEqualTo("101.96");
        String grade = browser.text("#grade");
        // the answers replaced the summary and rows in place: nothing left over or doubled
        assertThat(browser.script("return document.querySelectorAll('#summary, #total, #score-B12, #ask-F11').length"))
                .isEqualTo(4L);
        assertThat(browser.driver.findElements(By.cssSelector("main > summary, main > span"))).isEmpty();
        assertThat(browser.script("return window.__marker")).as("no page reload").isEqualTo(2L);

        Path shot = browser.screenshot("table-filled");
        assertThat(Files.size(shot)).isGreaterThan(10_000);

        browser.find("#save").click();
        browser.waitForText("#notice", "已保存");
        // what was saved comes back from the database
        assertThat(browser.find("#dr-B12").getAttribute("value")).startsWith("部分项目按合同约定进度付款");
        assertThat(browser.find("#js-F11").getAttribute("value")).isEqualTo("2");
        assertThat(browser.text("#total")).isEqualTo("101.96");
        assertThat(browser.text("#grade")).isEqualTo(grade);

        browser.find("#submit").click();
        browser.waitForText("#notice", "已提交");
        assertThat(browser.text("#status")).isEqualTo("已提交");
        assertThat(browser.driver.findElements(By.id("save"))).as("a submitted table is not edited").isEmpty();
        browser.logout();
    }

    @Test
    @Order(3)
    void reviewerReturnsTheTableWithComments() {
        browser.login("demo-reviewer", "demo");
        browser.open("/evaluations/" + tableId);
        assertThat(browser.text("#status")).isEqualTo("已提交");
        browser.find("#c-B12").sendKeys(ROW_COMMENT);
        browser.find("#return-comment").sendKeys(TABLE_COMMENT);
        browser.find("#return").click();
        browser.waitForText("#notice", "已退回");
        assertThat(browser.text("#status")).isEqualTo("已退回");
        browser.logout();
    }

    @Test
    @Order(4)
    void fillerSeesTheCommentsOnTheReturnedTable() {
        browser.login("demo-unit", "demo");
        browser.open("/evaluations/" + tableId);
        assertThat(browser.text("#status")).isEqualTo("已退回");
        assertThat(browser.text("#table-comments .comment")).contains(TABLE_COMMENT).contains("教育局审核人（演示）");
        assertThat(browser.text("#row-B12 .comment")).contains(ROW_COMMENT);
        assertThat(browser.driver.findElements(By.cssSelector("#row-B11 .comment"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("submit"))).as("a returned table can be submitted again").hasSize(1);
        browser.logout();
    }

    /** Open findings as CODE@ROW. */
    private static java.util.List<String> findingRows() {
        return browser.driver.findElements(By.cssSelector("#findings li[data-code]")).stream()
                .map(li -> li.getAttribute("data-code") + "@" + li.getAttribute("data-row")).toList();
    }

    private static void retype(String css, String text) {
        WebElement input = browser.find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static void openDetails(String code) {
        WebElement details = browser.find("#row-" + code + " details.more");
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }
}
