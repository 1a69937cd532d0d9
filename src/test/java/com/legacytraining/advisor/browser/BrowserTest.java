package com.legacytraining.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.legacytraining.advisor.ServerIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for real-browser tests: the whole application on a random port, driven by one headless Chromium per
 * test class, with helpers for what a person sees and does.
 *
 * <p>Subclasses must not add Spring configuration (properties, profiles, mock beans): identical configuration
 * lets every browser test class share one application context, which keeps the suite fast. Test classes run
 * one after another (JUnit's default); the browser is per class, so do not enable parallel classes.
 *
 * <pre>
 * class QuestionnaireBrowserTests extends BrowserTest {
 *     &#64;Test
 *     void recommendsBreakawayForLowRiskStaff() {
 *         open("/questionnaire");
 *         driver().findElement(By.linkText("Start now")).click();
 *         assertAccessible();
 *         screenshot("questionnaire-first-question");
 *     }
 * }
 * </pre>
 */
@ServerIntegrationTest
@Tag("browser")
public abstract class BrowserTest {

    /** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. Fix the page, never drop a rule. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    static final List<Integer> SCREENSHOT_WIDTHS = List.of(390, 1280);

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Screenshots are for people to look at, not checks, and cost two full-page captures each: taken only
     * with {@code -Dadvisor.screenshots=true} (the pom hands the property to the test JVM).
     */
    static final boolean SCREENSHOTS_WANTED = Boolean.getBoolean("advisor.screenshots");

    private static Chromium chromium;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (chromium != null) {
            chromium.quit();
            chromium = null;
        }
    }

    /** The browser, for finding elements, clicking and typing. */
    protected ChromeDriver driver() {
        return chromium.driver();
    }

    /** The application's origin, such as {@code http://localhost:54321}, without a trailing slash. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Loads a path of the application (such as {@code "/faq"}) and waits for the page to finish loading. */
    protected void open(String path) {
        driver().get(baseUrl() + path);
    }

    /** The HTTP status of the page last loaded, as the browser saw it. */
    protected int responseStatus() {
        return ((Number) script("return performance.getEntriesByType('navigation')[0].responseStatus")).intValue();
    }

    /** Runs JavaScript in the page; {@code arguments[0]…} are the given arguments. */
    protected Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver()).executeScript(javascript, arguments);
    }

    /** Fails with every axe-core violation on the current page: rule, impact, what to do and the offending HTML. */
    protected void assertAccessible() {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver());
        if (results.isErrored()) {
            fail("axe-core could not analyse " + driver().getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) on " + driver().getCurrentUrl() + ":\n"
                    + violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                .append(rule.getHelp()).append(" <").append(rule.getHelpUrl()).append(">");
        rule.getNodes().forEach(node -> text.append("\n    ").append(node.getTarget()).append(": ").append(node.getHtml()));
        return text.toString();
    }

    /**
     * Fails unless the page has exactly one h1 and no heading level is skipped going down (h2 to h4).
     * Headings before the h1 may be h1 or h2, which allows an error summary above the page title.
     */
    protected void assertHeadingsInOrder() {
        @SuppressWarnings("unchecked")
        List<String> headings = (List<String>) script("""
                return Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
                    .map(h => h.tagName.toLowerCase() + ' ' + h.textContent.trim().replace(/\\s+/g, ' '));""");
        String outline = String.join("\n", headings);
        assertThat(headings.stream().filter(heading -> heading.startsWith("h1 ")))
                .as("h1 headings on %s, outline:%n%s", driver().getCurrentUrl(), outline)
                .hasSize(1);
        int previous = 1;
        for (String heading : headings) {
            int level = heading.charAt(1) - '0';
            assertThat(level)
                    .as("level of \"%s\" after h%d on %s (no level may be skipped), outline:%n%s",
                            heading, previous, driver().getCurrentUrl(), outline)
                    .isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
    }

    /**
     * Fails if the page asked for anything from another origin: every URL in the browser's resource timing,
     * and every subresource the markup names (some blocked requests leave no timing entry). The canonical
     * link names the page's public address, which the browser never requests.
     */
    protected void assertNoRequestLeavesTheSite() {
        @SuppressWarnings("unchecked")
        List<String> urls = new ArrayList<>((List<String>) script("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(entry => entry.name);"""));
        @SuppressWarnings("unchecked")
        List<String> named = (List<String>) script("""
                return Array.from(document.querySelectorAll(
                        'link[href]:not([rel=canonical]), script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data]'))
                    .map(el => el.href || el.src || el.data);""");
        urls.addAll(named);
        assertThat(urls).as("URLs requested by %s", driver().getCurrentUrl())
                .isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith(baseUrl() + "/"));
    }

    /**
     * Saves full-height PNGs of the current page at each width in {@link #SCREENSHOT_WIDTHS}, as
     * {@code target/screenshots/<name>-<width>.png}, for people to look at; does nothing unless
     * {@link #SCREENSHOTS_WANTED}.
     */
    protected void screenshot(String name) {
        if (!SCREENSHOTS_WANTED) {
            return;
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            // A scrollbar narrows the page while measuring but is gone while capturing, which would leave
            // a blank strip at the bottom; hiding it first (before any resize) keeps both the same.
            cdp("Emulation.setScrollbarsHidden", Map.of("hidden", true));
            for (int width : SCREENSHOT_WIDTHS) {
                cdp("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", Chromium.HEIGHT,
                        "deviceScaleFactor", 1, "mobile", false));
                long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
                Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png",
                        "captureBeyondViewport", true,
                        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"),
                        Base64.getDecoder().decode((String) shot.get("data")));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            cdp("Emulation.setScrollbarsHidden", Map.of("hidden", false));
            cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    protected Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver().executeCdpCommand(command, parameters);
    }

    /**
     * Does something that loads a new page (a click, ENTER on a link) and waits until the old page is
     * gone. While Chromium swaps documents, asking about the old one can fail in two ways: "stale
     * element", or an inspector error that the node no longer belongs to the document. Both mean gone.
     */
    protected void andWaitForNewPage(Runnable action) {
        WebElement page = driver().findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver(), Duration.ofSeconds(15), Duration.ofMillis(20)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException swapping) {
                return String.valueOf(swapping.getMessage()).contains("does not belong to the document");
            }
        });
    }

    /** Signs in through the form, unless this browser is signed in already, and lands on the dashboard. */
    protected void signInAsAdmin(String username, String password) {
        open("/admin");
        if (URI.create(driver().getCurrentUrl()).getPath().equals("/admin/login")) {
            driver().findElement(By.id("username")).sendKeys(username);
            driver().findElement(By.id("password")).sendKeys(password);
            navigate(button("Sign in"));
        }
        assertThat(heading()).isEqualTo("Dashboard");
    }

    /** Clicks something that loads a new page, and waits until it has (a click may return before). */
    protected void navigate(WebElement target) {
        andWaitForNewPage(target::click);
    }

    /** The button whose visible text is exactly this. */
    protected WebElement button(String text) {
        return driver().findElement(By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]"));
    }

    /** A string as an XPath literal, apostrophes and all. */
    protected static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    protected String heading() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    protected String mainText() {
        return driver().findElement(By.tagName("main")).getText();
    }

    /** The checks every page gets: heading order, axe, no outside requests, fits a phone; then screenshots if wanted. */
    protected void checkPage(String screenshotName) {
        assertHeadingsInOrder();
        assertAccessible();
        assertNoRequestLeavesTheSite();
        assertFitsAPhoneScreen();
        screenshot(screenshotName);
    }

    /** Wide tables may scroll inside their own box, but the page itself must never scroll sideways. */
    protected void assertFitsAPhoneScreen() {
        cdp("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844, "deviceScaleFactor", 1,
                "mobile", false));
        try {
            long overflow = ((Number) script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
            assertThat(overflow).as("pixels the page scrolls sideways at 390px on %s", driver().getCurrentUrl())
                    .isZero();
        } finally {
            cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Presses TAB and returns the element that then has focus. */
    protected WebElement pressTab() {
        return press(Keys.TAB);
    }

    /** Presses a key (such as {@link Keys#ENTER}) on whatever has focus, and returns what has focus afterwards. */
    protected WebElement press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
        return focused();
    }

    /** The element that has keyboard focus ({@code body} when nothing does). */
    protected WebElement focused() {
        return driver().switchTo().activeElement();
    }

    /** Whether the element is rendered, non-empty and wholly inside the visible part of the window. */
    protected boolean isVisibleInViewport(WebElement element) {
        return (Boolean) script("""
                const el = arguments[0], box = el.getBoundingClientRect(), style = getComputedStyle(el);
                return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
                    && box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0
                    && box.right <= window.innerWidth && box.bottom <= window.innerHeight;""", element);
    }
}
