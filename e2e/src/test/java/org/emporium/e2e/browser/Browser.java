package org.emporium.e2e.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven through its chromedriver, pointed at the gateway. Every wait is a {@link WebDriverWait}
 * on a condition (never a sleep); {@link #waitTimeout()} is only how long a condition may take on a busy machine.
 *
 * <p>The browser and the driver are Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or
 * {@code EMPORIUM_CHROMIUM} and {@code EMPORIUM_CHROMEDRIVER}); Selenium Manager is never asked to find or download
 * anything. Without them {@link #start} fails with how to install them: the browser tests are never skipped.
 */
public final class Browser implements AutoCloseable {
    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(45);

    private final ChromeDriver driver;
    private final URI base;

    private Browser(ChromeDriver driver, URI base) {
        this.driver = driver;
        this.base = base;
    }

    /** Fails, saying how to install them, when Chromium or its chromedriver is not there. */
    static void requireChromium() {
        missing(chromium(), chromedriver()).ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }

    /** Starts Chromium for pages under {@code base} (the gateway), or fails saying how to install it. */
    static Browser start(URI base, Path logDirectory) {
        requireChromium();
        var chromium = chromium();
        var chromedriver = chromedriver();
        var options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-dev-shm-usage",
                "--window-size=1280,900");
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        // An alert must stay open for the test to see it (the XSS check), not be dismissed behind its back.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        try {
            Files.createDirectories(logDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // An explicit driver executable: Selenium's DriverFinder then uses it as it is and never runs Selenium Manager.
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withLogFile(logDirectory.resolve("chromedriver.log").toFile())
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO).pageLoadTimeout(WAIT);
        return new Browser(driver, base);
    }

    /**
     * What is missing to start the browser, as the message a developer reads: none when both are there. The
     * browser tests fail with it rather than skip, so CI (which installs them, see .ci/run) can never pass without
     * having run them.
     */
    static Optional<String> missing(Path chromium, Path chromedriver) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return Optional.empty();
        }
        var absent = Files.isExecutable(chromium) ? chromedriver : chromium;
        return Optional.of("The browser tests (e2e Web*IT) need Chromium and its chromedriver, and " + absent
                + " is not there. Install them (Debian/Ubuntu: sudo apt-get install chromium chromium-driver), or"
                + " point EMPORIUM_CHROMIUM and EMPORIUM_CHROMEDRIVER at a Chromium or Chrome and the chromedriver"
                + " of the same version. To run the other e2e journeys without a browser: -Dit.test='!Web*IT'.");
    }

    private static Path chromium() {
        return executable("EMPORIUM_CHROMIUM", DEFAULT_CHROMIUM);
    }

    private static Path chromedriver() {
        return executable("EMPORIUM_CHROMEDRIVER", DEFAULT_CHROMEDRIVER);
    }

    private static Path executable(String variable, Path fallback) {
        var configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? fallback : Path.of(configured);
    }

    public static Duration waitTimeout() {
        return WAIT;
    }

    public WebDriver driver() {
        return driver;
    }

    public URI base() {
        return base;
    }

    /** Loads {@code path} (relative to the gateway) and waits until the document has loaded. */
    /**
     * Opens {@code path} (a GET). One navigation is tried again if Chromium times out on it: twice in CI (a search
     * page in WebStorefrontIT, then in WebNarrowScreenIT) the renderer did not answer for the whole 45 s page-load
     * timeout ("Timed out receiving message from renderer") while the request had not even been sent: the gateway
     * logged it only when chromedriver stopped the navigation, and served every other request meanwhile. A page the
     * platform really fails to serve fails the second try too.
     */
    public Browser open(String path) {
        var url = base.resolve(path).toString();
        try {
            driver.get(url);
        } catch (TimeoutException stalled) {
            System.err.println("Chromium timed out opening " + url + "; opening it once more: " + stalled.getMessage());
            driver.get(url);
        }
        return this;
    }

    /** The current page's path and query, e.g. {@code /search?q=kettle}. */
    public String location() {
        var url = URI.create(driver.getCurrentUrl());
        return url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the element is visible and answers it. */
    public WebElement visible(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until {@code by} shows exactly {@code text} (whitespace-normalised, as a person reads it). */
    public WebElement text(By by, String text) {
        waitUntil(ExpectedConditions.textToBe(by, text));
        return driver.findElement(by);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Clears a field and types into it. */
    public Browser type(By field, String text) {
        var element = visible(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser select(By field, String visibleText) {
        new Select(visible(field)).selectByVisibleText(visibleText);
        return this;
    }

    public Browser selectValue(By field, String value) {
        new Select(visible(field)).selectByValue(value);
        return this;
    }

    /**
     * Marks the current document so that {@link #stillTheSameDocument()} can tell whether the browser loaded another
     * one since (a reload or a navigation), as opposed to the page updating itself.
     */
    public Browser markDocument() {
        script("window.__emporiumSameDocument = true");
        return this;
    }

    public boolean stillTheSameDocument() {
        return Boolean.TRUE.equals(script("return window.__emporiumSameDocument === true"));
    }

    /** Clicks and waits until the browser has left the current document and loaded the next one. */
    public Browser clickAndLoad(By by) {
        var target = waitUntil(ExpectedConditions.elementToBeClickable(by));
        var page = driver.findElement(By.tagName("html"));
        target.click();
        waitUntil(ExpectedConditions.stalenessOf(page));
        waitUntil(d -> "complete".equals(script("return document.readyState")));
        return this;
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The HTTP status of the current document, as the browser's Navigation Timing saw it. */
    public long status() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].responseStatus")).longValue();
    }

    /** The text of an open alert, confirm or prompt dialog, if one is open. */
    public Optional<String> openDialog() {
        try {
            return Optional.of(driver.switchTo().alert().getText());
        } catch (NoAlertPresentException e) {
            return Optional.empty();
        }
    }

    /**
     * Signs in through identity's sign-in page, as a person does: the web app's sign-in link, identity's form, and
     * back to the page the web app chose. Waits until the header offers to sign out.
     */
    public Browser signIn(String email, String password) {
        open("/auth/signin/identity");
        type(By.id("username"), email);
        type(By.id("password"), password);
        clickAndLoad(By.xpath("//input[@id='password']/ancestor::form//button[@type='submit']"));
        visible(By.id("sign-out"));
        return this;
    }

    /** Forgets every cookie of the gateway's host (the web app's and identity's sessions): a new visitor. */
    public Browser reset() {
        try {
            openDialog().ifPresent(text -> driver.switchTo().alert().dismiss());
            open("/assets/app.css");
            driver.manage().deleteAllCookies();
        } catch (WebDriverException e) {
            throw new IllegalStateException("The browser did not come back to a clean state", e);
        }
        return this;
    }

    /** Saves what the window shows as a PNG. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            var png = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
