package dev.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live reload as a person sees it: a real headless Chromium shows an article, the seed is edited,
 * broken and fixed, and the open page follows each time without anyone touching it. Skipped where
 * Debian's chromium and chromium-driver are not installed.
 */
@Tag("browser")
class LiveReloadBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** How soon an edit must show in the open page. */
    private static final Duration RELOAD_LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path tmp;

    private PreviewServer server;
    private WebDriver browser;
    private TestProject project;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        project = TestProject.create(tmp.resolve("project"));
        server = PreviewServer.start(project.settings(), ServeListener.NONE);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void openArticleFollowsEditsBreakageAndFix() {
        browser.get(server.url().resolve("articles/harbour-ferry-returns/").toString());
        assertTrue(bodyText().contains("The harbour ferry returned to service on Tuesday."), bodyText());
        assertTrue(live(), "the page listens for builds");

        markPage();
        long start = System.nanoTime();
        project.writeFerry("Night crossings resume on Friday.");
        waitFor("the edit to show", () -> bodyText().contains("Night crossings resume on Friday."));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < RELOAD_LIMIT.toMillis(), "edit shown after " + millis + " ms");
        assertFalse(pageMarked(), "the page was reloaded, not patched");

        project.breakFerry();
        waitFor("the build error to show", () -> !errorText().isEmpty());
        String error = errorText();
        assertTrue(error.contains("seeds/ferry.md:3"), error);
        assertTrue(error.contains("<not a date>"), "shown as text, not markup: " + error);

        project.writeFerry("Fixed: crossings every hour.");
        waitFor("the page to recover", () -> bodyText().contains("Fixed: crossings every hour."));
        assertEquals("", errorText());
    }

    /** Read in one script call: an element found first could be gone after a reload. */
    private String bodyText() {
        return String.valueOf(js("return document.body ? document.body.innerText : ''"));
    }

    private String errorText() {
        return String.valueOf(js("const e = document.getElementById('" + ReloadScript.ERROR_ID + "');"
                + " return e ? e.innerText : ''"));
    }

    /** True once the page's live-reload stream is open. */
    private boolean live() {
        waitFor("the live-reload stream to open", () -> server.liveClients() > 0);
        return true;
    }

    private void markPage() {
        js("window.__siteGenTestMark = true");
        assertTrue(pageMarked());
    }

    private boolean pageMarked() {
        return Boolean.TRUE.equals(js("return window.__siteGenTestMark === true"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        // A script may run while the page is being replaced; the next poll sees the new page.
        new WebDriverWait(browser, RELOAD_LIMIT.multipliedBy(2), Duration.ofMillis(50))
                .ignoring(JavascriptException.class).ignoring(StaleElementReferenceException.class)
                .withMessage(what).until(d -> condition.getAsBoolean());
    }
}
