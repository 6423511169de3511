package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Activity pages in a real browser at phone width: the breathing pacer moves from "Breathe in" to
 * "Breathe out" within the rhythm (and counts instead under reduced motion), the session timer starts
 * and pauses, the exercise figure plays and pauses (and keeps still under reduced motion), and the activity,
 * self-test and /learn pages are screenshotted at 375 and 1280 px.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActivityPagesBrowserTest extends BrowserTestSupport {





    @Override
    protected void onFirstOpen(Browser browser) {
        browser.open("/register");
        browser.type("#displayName", "Kim");
        browser.type("#email", "kim-" + UUID.randomUUID() + "@example.org");
        browser.type("#password", "a long enough password");
        browser.clickAndLoad("main form button[type=submit]");
        browser.answerTheSafetyScreenCalmly();
    }

    @Test
    @Order(1)
    void breathingPacerMovesFromInToOutWithinTheRhythm() {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.open("/activities/breath-slow-6");
        assertThat(b.find("[data-testid=pacer-rhythm]").getText()).contains("4 seconds").contains("6 seconds");
        assertThat(b.find("[data-testid=pacer]").isDisplayed()).isTrue();
        assertThat(phase(b)).isEqualTo("ready");

        b.click("[data-testid=timer-start]");
        assertThat(phase(b)).isEqualTo("in");
        assertThat(b.find("[data-testid=pacer-phase]").getText()).isEqualTo("Breathe in");
        long started = System.nanoTime();
        new WebDriverWait(b.driver, Duration.ofSeconds(6)).until(d -> "out".equals(phase(b)));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(seconds).as("breathe in lasts about 4 s").isBetween(2.5, 5.5);
        assertThat(b.find("[data-testid=pacer-phase]").getText()).isEqualTo("Breathe out");
        assertThat(b.find("[data-testid=pacer]").getAttribute("class")).contains("is-out");
        shots(b, "act-01-breathing");
        noSeriousAccessibilityProblems(b);

        b.click("[data-testid=timer-pause]");
        b.click("[data-testid=timer-reset]");
        assertThat(phase(b)).isEqualTo("ready");
        assertThat(b.find("[data-testid=timer-digits]").getText()).isEqualTo("5:00");
    }

    @Test
    @Order(2)
    void underReducedMotionThePacerCountsInsteadOfMoving() {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            b.open("/activities/breath-extended-exhale");
            b.click("[data-testid=timer-start]");
            assertThat(b.find("[data-testid=pacer]").getAttribute("class")).contains("is-reduced");
            String firstCount = b.find("[data-testid=pacer-count]").getText();
            assertThat(firstCount).isIn("1", "2");
            String beats = b.find("[data-pacer-beats]").getText();
            assertThat(beats).isEqualTo("in 1 2 3 — out 1 2 3 4 5 6");
            assertThat(b.js("return getComputedStyle(document.querySelector('.pacer__circle')).transform")).isEqualTo("none");
            // The count advances once a second; on a loaded machine a poll can miss one value, so wait for any advance.
            new WebDriverWait(b.driver, Duration.ofSeconds(10), Duration.ofMillis(100))
                    .until(d -> !firstCount.equals(b.find("[data-testid=pacer-count]").getText()) || "out".equals(phase(b)));
            new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> "out".equals(phase(b)));
            shots(b, "act-02-breathing-reduced-motion");
            b.click("[data-testid=timer-pause]");
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    @Order(3)
    void movementTimerStartsAndPauses() throws Exception {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.open("/activities/hip-glute-bridge");
        assertThat(b.find("[data-testid=stop-if]").getText()).contains("Stop if");
        String before = b.find("[data-testid=timer-digits]").getText();
        b.click("[data-testid=timer-start]");
        assertThat(b.find("[data-testid=timer-status]").getText()).startsWith("Started.");
        new WebDriverWait(b.driver, Duration.ofSeconds(4)).until(d -> !before.equals(b.find("[data-testid=timer-digits]").getText()));
        b.click("[data-testid=timer-pause]");
        String paused = b.find("[data-testid=timer-digits]").getText();
        assertThat(b.find("[data-testid=timer-status]").getText()).isEqualTo("Paused at " + paused + ".");
        assertThat(b.find("[data-testid=timer-start]").getText()).isEqualTo("Resume");
        Thread.sleep(1500);
        assertThat(b.find("[data-testid=timer-digits]").getText()).isEqualTo(paused);
        shots(b, "act-03-movement");
        noSeriousAccessibilityProblems(b);

        b.clickAndLoad("[data-testid=harder]");
        assertThat(b.path()).isEqualTo("/activities/hip-single-leg-bridge");
    }

    @Test
    @Order(4)
    void learnPageShowsTheCards() {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.open("/learn");
        assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector("[data-testid=education-card]")).size()).isGreaterThanOrEqualTo(10);
        assertThat((Long) b.js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(Browser.PHONE);
        shots(b, "act-04-learn");
        noSeriousAccessibilityProblems(b);
    }

    @Test
    @Order(5)
    void darkModeKeepsThePacerReadable() {
        Browser b = browser();
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            b.width(Browser.PHONE);
            b.open("/activities/breath-diaphragm-lying");
            b.click("[data-testid=timer-start]");
            new WebDriverWait(b.driver, Duration.ofSeconds(6)).until(d -> "out".equals(phase(b)));
            b.js("document.getElementById('practice').scrollIntoView()");
            b.screenshots("act-05-breathing-dark");
            noSeriousAccessibilityProblems(b);
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /**
     * The voice guide with a stand-in for the browser's speech synthesis, put in place before any page script runs:
     * off by default, says the device has a local voice, and once switched on speaks the pacer's beats and shows
     * them as captions that advance with the pacer; the switch is remembered on the device.
     */
    @Test
    @Order(6)
    void theVoiceGuideSpeaksThePacersBeatsAndShowsThemAsCaptions() {
        Browser b = browser();
        b.width(Browser.PHONE);
        Map<String, Object> added = b.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__spoken = [];
                const stub = {
                  getVoices: () => [{name: 'Test voice', lang: 'en-GB', localService: true, default: true, voiceURI: 'test'}],
                  speak: u => window.__spoken.push(u.text), cancel: () => {}, addEventListener: () => {}, speaking: false, pending: false
                };
                Object.defineProperty(window, 'speechSynthesis', {value: stub, configurable: true});
                window.SpeechSynthesisUtterance = function (text) { this.text = text; };
                """));
        try {
            b.open("/activities/breath-extended-exhale");
            b.js("localStorage.removeItem('backroot.voiceGuide')");
            b.open("/activities/breath-extended-exhale");
            assertThat(b.find("[data-testid=voice-guide]").isDisplayed()).isTrue();
            assertThat(b.find("[data-testid=voice-toggle]").isSelected()).as("off by default").isFalse();
            assertThat(b.find("[data-testid=voice-status]").getText()).contains("voice on this device").contains("offline");
            assertThat(b.find("[data-testid=voice-caption]").isDisplayed()).isFalse();

            b.click("[data-testid=voice-toggle]");
            b.click("[data-testid=timer-start]");
            assertThat(b.find("[data-testid=voice-caption]").getText()).isEqualTo("Breathe in");
            new WebDriverWait(b.driver, Duration.ofSeconds(6), Duration.ofMillis(50))
                    .until(d -> b.find("[data-testid=voice-caption]").getText().startsWith("Breathe in… 2"));
            new WebDriverWait(b.driver, Duration.ofSeconds(8), Duration.ofMillis(50))
                    .until(d -> b.find("[data-testid=voice-caption]").getText().startsWith("And a long breath out"));
            assertThat(phase(b)).as("the caption changes with the pacer's phase").isEqualTo("out");
            @SuppressWarnings("unchecked") List<Object> spoken = (List<Object>) b.js("return window.__spoken");
            assertThat(spoken).startsWith("Breathe in", "2").contains("And a long breath out");
            assertThat(b.find("[data-testid=voice-caption]").getAttribute("aria-live")).isEqualTo("polite");
            b.js("document.querySelector('[data-testid=voice-guide]').scrollIntoView({block: 'center'})");
            b.screenshots("act-06-voice-guide");
            noSeriousAccessibilityProblems(b);
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            b.screenshots("act-06-voice-guide-dark");
            noSeriousAccessibilityProblems(b);
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            b.click("[data-testid=timer-pause]");

            b.open("/activities/stress-body-scan-short");
            assertThat(b.find("[data-testid=voice-toggle]").isSelected()).as("remembered on this device").isTrue();
            b.click("[data-testid=timer-start]");
            assertThat(b.find("[data-testid=voice-caption]").getText()).startsWith("Take three slow breaths");
            b.click("[data-testid=timer-pause]");
            b.click("[data-testid=voice-toggle]");
            assertThat(b.find("[data-testid=voice-caption]").isDisplayed()).isFalse();
        } finally {
            b.driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    @Order(7)
    void theFigurePlaysTheMovementAndPausesOnRequest() {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.open("/activities/hip-glute-bridge");
        assertThat(b.find("[data-testid=figure] svg[role=img]").getAttribute("aria-labelledby")).isEqualTo("figure-title figure-desc");
        assertThat((String) b.js("return document.getElementById('figure-desc').textContent")).contains("hips lift");
        assertThat(b.find("[data-testid=figure-play]").isDisplayed()).isTrue();
        assertThat(b.find("[data-testid=figure-play]").getAttribute("aria-pressed")).isEqualTo("true");
        String first = movingLine(b);
        new WebDriverWait(b.driver, Duration.ofSeconds(5), Duration.ofMillis(50)).until(d -> !first.equals(movingLine(b)));

        b.click("[data-testid=figure-play]");
        assertThat(b.find("[data-testid=figure-play]").getAttribute("aria-pressed")).isEqualTo("false");
        String paused = movingLine(b);
        browserWait(b, 600);
        assertThat(movingLine(b)).as("a paused figure keeps still").isEqualTo(paused);
        shots(b, "act-06-figure");
        noSeriousAccessibilityProblems(b);
    }

    @Test
    @Order(8)
    void underReducedMotionTheFigureStartsStill() {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            b.open("/activities/core-bird-dog");
            assertThat(b.find("[data-testid=figure-play]").getAttribute("aria-pressed")).isEqualTo("false");
            String still = movingLine(b);
            browserWait(b, 800);
            assertThat(movingLine(b)).isEqualTo(still);
            b.click("[data-testid=figure-play]");
            assertThat(b.find("[data-testid=figure-play]").getAttribute("aria-pressed")).isEqualTo("true");
            // Steps to the next key pose instead of gliding.
            new WebDriverWait(b.driver, Duration.ofSeconds(6), Duration.ofMillis(50)).until(d -> !still.equals(movingLine(b)));
            b.click("[data-testid=figure-play]");
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    @Order(9)
    void selfTestPagesShowTheirFigureInLightAndDarkMode() {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.open("/self-tests/knee-to-wall");
        assertThat(b.find("[data-testid=figure] svg[role=img]").isDisplayed()).isTrue();
        assertThat((Long) b.js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(Browser.PHONE);
        shots(b, "act-08-self-test-figure");
        noSeriousAccessibilityProblems(b);
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            b.open("/self-tests/thomas");
            shots(b, "act-08-self-test-figure-dark");
            noSeriousAccessibilityProblems(b);
            b.open("/activities/core-side-plank-knees");
            shots(b, "act-08-activity-figure-dark");
            noSeriousAccessibilityProblems(b);
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /** Lets the page's own clock run for a while (the figure animates on requestAnimationFrame). */
    private static void browserWait(Browser b, int ms) {
        b.driver.executeAsyncScript("setTimeout(arguments[arguments.length - 1], " + ms + ")");
    }

    /** The coordinates of the first element of the figure that moves. */
    private static String movingLine(Browser b) {
        return (String) b.js("var e = document.querySelector('[data-testid=figure] [data-k]');"
                + " return ['x1','y1','x2','y2','cx','cy'].map(function (a) { return e.getAttribute(a); }).join(',');");
    }

    /** Runs axe-core (test resource axe/axe.min.js, when present) and fails on serious or critical findings. */
    private static void noSeriousAccessibilityProblems(Browser b) {
        String axe;
        try (InputStream in = ActivityPagesBrowserTest.class.getClassLoader().getResourceAsStream("axe/axe.min.js")) {
            if (in == null) return;
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        b.js(axe);
        Object result = b.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))));
                """);
        assertThat((List<?>) result).as("serious accessibility problems on " + b.path()).isEmpty();
    }

    /** Screenshots from the top of the page (clicks scroll it). */
    private static void shots(Browser b, String name) {
        b.js("window.scrollTo(0, 0)");
        b.screenshots(name);
    }

    private static String phase(Browser b) {
        return b.find("[data-testid=pacer-phase]").getAttribute("data-phase");
    }
}
