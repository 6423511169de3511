package org.backroot.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium, with screenshots saved under target/screenshots. */
final class Browser implements AutoCloseable {

    static final int PHONE = 375;
    static final int DESKTOP = 1280;
    private static final Path SHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + tempDir("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        width(PHONE);
    }

    static boolean available() {
        return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
    }

    /** Opens the red-flag screen and saves it answered "no" everywhere (an onset age of 20-34, else the first option). */
    void answerTheSafetyScreenCalmly() {
        open("/assessments/red-flags");
        js("""
                document.querySelectorAll('main form fieldset').forEach(fs => {
                  const radios = [...fs.querySelectorAll('input[type=radio]')];
                  if (!radios.length) return;
                  (radios.find(r => r.value === 'no') || radios.find(r => r.value === '20-34') || radios[0]).click();
                });
                """);
        clickAndLoad("main form button[type=submit]");
        // Saved means the form moved on; a page still on the screen means it was refused (say why, not a missing field later).
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !"/assessments/red-flags".equals(path())
                && "complete".equals(js("return document.readyState;")));
    }

    /**
     * Opens a page and waits until it has been parsed to the end. Chromedriver's {@code get} can return while the new
     * document is still loading when a navigation started by the previous step (a form's redirect) was in flight; a
     * query then sees only the first part of the page (4 of a week's 7 days, half of a form's questions).
     */
    /** Signs in with the login form and checks it worked (the page moved on from /login). */
    void signIn(String email, String password) {
        open("/login");
        type("#username", email);
        type("#password", password);
        clickAndLoad("main form button[type=submit]");
        if (!"/login".equals(path())) return;
        throw new AssertionError("not signed in as " + email + ": still on /login");
    }

    /**
     * Emulates a light or dark colour scheme (with reduced motion, so nothing is caught mid-transition) and waits two
     * painted frames for the page to take it.
     */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                Map.of("name", "prefers-color-scheme", "value", scheme), Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    void open(String path) {
        driver.get(baseUrl + path);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(js("return document.readyState;")));
    }

    /** Forgets the session, so the next test in the class starts as a visitor. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void width(int px) {
        driver.manage().window().setSize(new Dimension(px, 900));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Clicks like a person: scrolled to the middle of the screen, clear of the bottom tab bar. */
    void click(String css) {
        WebElement element = find(css);
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    void clickAndLoad(String css) {
        WebElement element = find(css);
        click(css);
        // Gone from the page: stale, or (mid-navigation, under load) "does not belong to the document".
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete".equals(js("return document.readyState;")));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Runs axe-core (vendored under src/test/resources/axe, MPL-2.0) on the current page and answers
     * its serious and critical violations as "id: help (n nodes)", each with up to three example
     * selectors; empty when there are none.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object';"))) js(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({id: v.id, help: v.help, nodes: v.nodes.length,
                                  targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}))))
                  .catch(e => done([{id: 'axe-error', help: String(e), nodes: 0, targets: ''}]));
                """);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            String targets = String.valueOf(v.get("targets"));
            found.add(v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes)" + (targets.isEmpty() ? "" : " e.g. " + targets));
        }
        return found;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe/axe.min.js is missing from the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Full-page screenshots at phone and desktop width, named after the page. */
    void screenshots(String name) {
        for (int w : new int[] {PHONE, DESKTOP}) {
            width(w);
            long height = (Long) js("return Math.max(document.body.scrollHeight, 900);");
            driver.manage().window().setSize(new Dimension(w, (int) Math.min(height, 6000)));
            save(name + "-" + w + ".png");
        }
        width(PHONE);
    }

    private void save(String file) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(file), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
