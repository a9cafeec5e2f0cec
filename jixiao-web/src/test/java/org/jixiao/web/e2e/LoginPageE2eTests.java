package org.jixiao.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The sign-in page in a real browser: a wrong password is refused with a message; English on request. */
@EndToEndTest
class LoginPageE2eTests extends BrowserTest {

    @BeforeEach
    void chineseAndSignedOut() {
        // the language choice is kept in a cookie: start every test from the default
        browser.open("/login?lang=zh-CN");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        browser.login("demo-auditor", "not-the-password");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login?error");
        assertThat(browser.text("#login-error")).isEqualTo("用户名或密码错误，或尝试次数过多已被暂时锁定");
        assertThat(browser.driver.findElements(By.id("logout"))).as("not signed in").isEmpty();

        browser.login("demo-auditor", "demo");
        assertThat(browser.text("#current-user")).isEqualTo("审计人员（演示）");
        browser.logout();
        assertThat(browser.find("main").getText()).contains("您已退出");
    }

    @Test
    void chineseByDefaultEnglishOnRequest() {
        browser.open("/login");
        assertThat(browser.text("h1")).isEqualTo("登录");
        assertThat(browser.driver.findElement(By.id("login-button")).getText()).isEqualTo("登录");

        browser.open("/login?lang=en");
        assertThat(browser.text("h1")).isEqualTo("Sign in");
        assertThat(browser.text("label:has(#username) span")).isEqualTo("User name");
        assertThat(browser.text("label:has(#password) span")).isEqualTo("Password");
        assertThat(browser.find("#login-button").getText()).isEqualTo("Sign in");
        assertThat(browser.driver.getTitle()).contains("Sign in");
        assertThat(browser.driver.getPageSource()).doesNotContain("??");

        // the choice sticks without the parameter
        browser.open("/login");
        assertThat(browser.text("h1")).isEqualTo("Sign in");
    }
}
