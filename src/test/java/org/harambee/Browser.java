package org.harambee;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution, driven by Selenium. Browser tests are skipped with a
 * visible reason when Chromium is not installed, unless HARAMBEE_BROWSER_TESTS=required (as in CI).
 * Every page a test reaches through {@link #open} or {@link #clickAndWait} is checked by {@link AccessibilityAudit}
 * (axe-core at desktop and phone width, and nothing wider than a phone), which fails the test on a violation.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private WebDriver driver;
    private AccessibilityAudit audit;

    @Override
    public void beforeAll(ExtensionContext context) {
        String chromium = firstExisting(CHROMIUM);
        String chromedriver = firstExisting(DRIVER);
        if (chromium == null || chromedriver == null) {
            String reason = "Browser tests need Debian's chromium and chromium-driver packages; not installed here";
            if ("required".equals(System.getenv("HARAMBEE_BROWSER_TESTS"))) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(3));
        audit = AccessibilityAudit.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        audit.check(driver);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public void fill(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Ticks a checkbox unless it is ticked already. */
    public void check(String css) {
        WebElement box = find(css);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Signs in on the sign-in page at {@code loginUrl} and waits for the page it leads to. */
    public void signIn(String loginUrl, String email, String password) {
        open(loginUrl);
        fill("#username", email);
        fill("#password", password);
        clickAndWait("form.card button[type=submit]");
    }

    /** Clicks a link or submit button and waits until the browser has left this page and loaded the next. */
    public void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    /** Clicks a link or submit button and waits until the browser has left this page and loaded the next. */
    public void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        await().until(d -> isGone(page));
        await().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        audit.check(driver);
    }

    /**
     * Whether an element of the previous page is gone. Chromium reports a detached node either as stale or, while
     * the next document replaces it, as "does not belong to the document": both mean the browser has moved on.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException detached) {
            return true;
        }
    }

    /**
     * Waits until the page shows this text, and fails with what the page shows instead. A page that replaces itself
     * meanwhile (a reload, htmx swapping the body) is read again.
     */
    public void waitForText(String expected) {
        waitForText(expected, Duration.ofSeconds(10));
    }

    /**
     * Waits up to the given time for the page to show the text; a page that reloads itself meanwhile (the import's
     * progress page) leaves the body it had, which is read again rather than failing.
     */
    public void waitForText(String expected, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "expected the page at " + driver.getCurrentUrl() + " to show \"" + expected
                        + "\"; it shows:\n" + text()).until(d -> text().contains(expected));
    }

    /** An explicit wait of up to ten seconds, for conditions of one's own. */
    public WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static String firstExisting(List<String> paths) {
        return paths.stream().filter(path -> new File(path).canExecute()).findFirst().orElse(null);
    }
}
