package org.backroot.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port with one headless Chromium per test class. Browser test
 * classes share this configuration, so they share one running application (and its fresh database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"backroot.data-dir=target/test-data/browser-${random.uuid}", "spring.main.banner-mode=off"})
abstract class BrowserTestSupport {

    @LocalServerPort
    protected int port;

    private static Browser browser;

    /**
     * Under CI (which sets {@code BACKROOT_REQUIRE_BROWSER}, or the usual {@code CI}) a missing Chromium fails the
     * browser tests instead of skipping them, so a green run always means the pages were driven in a browser.
     */
    @BeforeAll
    static void needsChromium() {
        String message = "Chromium and chromedriver are installed by .ci/run (apt-get install chromium chromium-driver)";
        boolean required = System.getenv("BACKROOT_REQUIRE_BROWSER") != null || System.getenv("CI") != null;
        if (required) assertTrue(Browser.available(), message);
        else assumeTrue(Browser.available(), message);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        browser = null;
    }

    /** This class's browser, opened on first use and then handed to {@link #onFirstOpen}. */
    protected Browser browser() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
            try {
                onFirstOpen(browser);
            } catch (Exception e) {
                throw new IllegalStateException("Could not prepare the browser test", e);
            }
        }
        return browser;
    }

    /** Whatever a class needs once before its tests, such as signing a person in. */
    protected void onFirstOpen(Browser b) throws Exception {
    }
}
