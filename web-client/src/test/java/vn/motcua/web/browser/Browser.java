package vn.motcua.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's chromium through Debian's chromedriver (paths from system properties), headless,
 * with a fresh profile and downloads into its own folder. Nothing is downloaded: both executables are given, so
 * Selenium Manager is never asked for a driver or a browser.
 */
final class Browser implements AutoCloseable {

    static final String BASE_URL = System.getProperty("motcua.web.url", "http://localhost:8080");
    static final Path OUTPUT = Path.of(System.getProperty("motcua.browser.output", "target/browser-scenario"));
    private static final String CHROMIUM = System.getProperty("motcua.browser.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("motcua.browser.chromedriver", "/usr/bin/chromedriver");
    private static final String PASSWORD = System.getProperty("motcua.demo.password", "demo");

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    final WebDriverWait wait;

    Browser(String who) {
        try {
            downloads = Files.createDirectories(OUTPUT.resolve("downloads").resolve(who)).toAbsolutePath();
            profile = Files.createTempDirectory("motcua-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,900",
                        "--lang=vi-VN")
                .setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false, "intl.accept_languages", "vi-VN,vi"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        // pages re-render whole sections after each answer: an element found a moment ago may be gone, look again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Opens a page of the client; a page that needs a sign-in goes through Keycloak's login form. */
    Browser open(String path) {
        driver.get(BASE_URL + path);
        return this;
    }

    Browser signIn(String username) {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().startsWith(BASE_URL) && !d.getCurrentUrl().contains("/dang-nhap"));
        return this;
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    void keys(CharSequence... keys) {
        active().sendKeys(keys);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's errors since the last call (Chrome lists failed requests there too). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Opens browsers for a test, closes them after it, and keeps what they showed when it failed. */
    static final class Evidence implements org.junit.jupiter.api.extension.TestExecutionExceptionHandler,
            org.junit.jupiter.api.extension.AfterEachCallback {

        private final java.util.List<Browser> open = new java.util.ArrayList<>();
        private boolean failed;

        boolean failed() {
            return failed;
        }

        Browser open(String who) {
            Browser browser = new Browser(who);
            open.add(browser);
            return browser;
        }

        @Override
        public void handleTestExecutionException(org.junit.jupiter.api.extension.ExtensionContext context,
                Throwable failure) throws Throwable {
            failed = true;
            for (Browser b : open) {
                String name = "failed-" + context.getRequiredTestMethod().getName() + "-" + b.downloads.getFileName();
                try {
                    b.screenshot(name);
                    Files.writeString(OUTPUT.resolve(name + ".html"), b.driver.getCurrentUrl() + "\n"
                            + b.driver.getPageSource());
                    Files.write(OUTPUT.resolve(name + ".console.txt"), b.consoleErrors());
                } catch (RuntimeException | IOException e) {
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        }

        @Override
        public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            open.forEach(Browser::close);
            open.clear();
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
