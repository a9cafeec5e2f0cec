package org.jixiao.web.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test class: one {@link Browser} for all its tests (started before the first, closed after
 * the last), pointed at the application on its port before each test. Subclasses carry
 * {@link EndToEndTest}. The browser is static, so this relies on test classes running one at a time
 * (as they do: the build runs no tests in parallel).
 */
abstract class BrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void pointAtApp() {
        browser.at(port);
    }
}
