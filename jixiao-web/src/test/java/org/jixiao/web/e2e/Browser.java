package org.jixiao.web.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (the Debian packages bin/test installs) for one test class. Without the
 * packages the browser tests are skipped, except under CI=true, where that is a failure: CI must
 * not pass by testing nothing.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(15);

    final ChromeDriver driver;
    private final Path profile;
    private String baseUrl = "";

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium, or skips (fails under CI=true) the calling test class when it is not installed. */
    static Browser start() {
        boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        String missing = "the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium, chromium-driver; bin/test installs them)";
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + missing);
            }
            Assumptions.abort("skipped: " + missing);
        }
        // An explicit driver path (property and service) makes Selenium skip Selenium Manager,
        // so nothing is ever looked up or downloaded from the network.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("jixiao-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1400,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser at(int port) {
        this.baseUrl = "http://localhost:" + port;
        return this;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText().strip();
    }

    /** Waits until the element's text is {@code expected} (htmx answers asynchronously). */
    void waitForText(String css, String expected) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.cssSelector(css), expected));
    }

    void waitUntilGone(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), 0));
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Signs in through the login page and waits for the page after it. */
    void login(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        find("#login-button").click();
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login")
                || !d.findElements(By.id("login-error")).isEmpty());
    }

    void logout() {
        find("#logout").click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login?logout"));
    }

    /** A PNG of the whole page under {@code <build dir>/screenshots/}, for the record. */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = (Long) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 12000)));
        try {
            Path dir = Path.of(System.getProperty("jixiao.test.dir", "target"), "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
