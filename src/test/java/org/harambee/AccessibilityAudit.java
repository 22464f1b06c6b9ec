package org.harambee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * WCAG 2.2 AA as a machine checks it, on every page the browser tests reach: axe-core (from npm, named by
 * HARAMBEE_AXE; {@code .ci/run} installs it) runs at 1366 px and at 390 px, where no page may be wider than the
 * phone. A page is checked once per run for each address shape (numbers and other ids count as one), heading, and
 * state (with an error summary, with a notice).
 * Without axe-core the audit is skipped with its reason, unless HARAMBEE_VALIDATORS=required.
 */
final class AccessibilityAudit {

    static final List<Integer> WIDTHS = List.of(1366, 390);
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;

    private final String axe;

    private AccessibilityAudit(String axe) {
        this.axe = axe;
    }

    static AccessibilityAudit start() {
        Optional<Path> axe = Validators.named("HARAMBEE_AXE");
        if (axe.isEmpty()) {
            Validators.missing("HARAMBEE_AXE", "The accessibility audit needs axe-core from npm (npm install "
                    + "axe-core@4.14.1, its axe.min.js)");
            return new AccessibilityAudit(null);
        }
        try {
            return new AccessibilityAudit(Files.readString(axe.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the page the browser shows, unless a page of its shape was checked already; fails on a violation. */
    void check(WebDriver driver) {
        if (axe == null) {
            return;
        }
        JavascriptExecutor page = (JavascriptExecutor) driver;
        String shape = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*", "")
                .replaceAll("/[^/]*\\d[^/]*", "/{id}") + " " + page.executeScript(
                        "const h = document.querySelector('h1'); return (h ? h.textContent : document.title).trim()"
                                + " + (document.querySelector('.error-summary') ? ' with errors' : '')"
                                + " + (document.getElementById('notice') ? ' with a notice' : '')");
        if (!CHECKED.add(shape)) {
            return;
        }
        Dimension before = driver.manage().window().getSize();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String address = driver.getCurrentUrl();
        List<String> found = new ArrayList<>();
        String marker = "audit-" + System.nanoTime();
        try {
            page.executeScript("window.harambeeAudit = arguments[0]", marker);
            for (int width : WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 900));
                if (Boolean.FALSE.equals(page.executeScript("return typeof axe !== 'undefined'"))) {
                    page.executeScript(axe);
                }
                @SuppressWarnings("unchecked")
                List<Object> violations = (List<Object>) page.executeAsyncScript(RUN);
                violations.forEach(violation -> found.add(width + " px: " + violation));
                Map<?, ?> size = (Map<?, ?>) page.executeScript("return {page: document.documentElement.scrollWidth,"
                        + " window: window.innerWidth}");
                if (width < 1000 && ((Number) size.get("page")).intValue() > ((Number) size.get("window")).intValue()) {
                    found.add(width + " px: the page is " + size.get("page") + " px wide, wider than the screen");
                }
            }
        } catch (WebDriverException replaced) {
            // A page that reloads itself (an import's progress) went on while it was checked: check it next time.
            CHECKED.remove(shape);
            if (address.equals(driver.getCurrentUrl()) && !String.valueOf(replaced.getMessage()).contains("unloaded")
                    && !(replaced instanceof StaleElementReferenceException) && !reloaded(page, marker)) {
                throw replaced;
            }
            return;
        } finally {
            driver.manage().window().setSize(before);
        }
        if (!found.isEmpty()) {
            CHECKED.remove(shape);
            throw new AssertionError("Accessibility of " + driver.getCurrentUrl() + ":\n  " + String.join("\n  ", found));
        }
    }

    /** Whether the page was replaced since the audit marked it (a reload at the same address loses the mark). */
    private static boolean reloaded(JavascriptExecutor page, String marker) {
        try {
            return !marker.equals(page.executeScript("return window.harambeeAudit"));
        } catch (WebDriverException gone) {
            return true;
        }
    }
}
