package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /insights in a real browser with about two months of check-ins seeded through the API: the charts render
 * (canvas drawn by charts.js), the episodes and triggers sections show, the window switcher works as plain links,
 * screenshots at 375 and 1280 px, and axe-core finds nothing serious.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsightsBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long enough password";


    @Autowired
    Clock clock;

    static String email;



    @Override
    protected void onFirstOpen(Browser browser) throws Exception {
        email = "insights-" + UUID.randomUUID() + "@example.org";
        seed(email);
        browser.open("/login");
        browser.type("#username", email);
        browser.type("#password", PASSWORD);
        browser.clickAndLoad("main form button[type=submit]");
    }

    /** Registers through the API, takes a token and checks in for 58 days: two episodes, a flare, short nights. */
    private void seed(String email) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        send(http, "POST", "/api/v1/accounts", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Alex\"}", 201);
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String issued = send(http, "POST", "/api/v1/tokens", basic, "{\"name\":\"browser test\"}", 201);
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued);
        assertThat(m.find()).as("token in " + issued).isTrue();
        String bearer = "Bearer " + m.group(1);

        LocalDate today = LocalDate.now(clock);
        for (int back = 58; back >= 1; back--) {
            boolean shortNight = back % 4 == 0;
            boolean afterShort = (back + 1) % 4 == 0;
            boolean inEpisode = (back <= 58 && back >= 50) || (back <= 14 && back >= 9);
            int pain = inEpisode ? 3 + back % 3 + (afterShort ? 2 : 0) : (afterShort ? 1 : 0);
            boolean flare = back == 12;
            if (flare) pain = 8;
            int stress = 2 + (back * 7) % 6;
            double sleep = shortNight ? 5.0 : 7 + (back % 3) * 0.5;
            double sitting = 4 + (back % 5);
            int active = 15 + (back * 13) % 50;
            String body = String.format(Locale.ROOT,
                    "{\"pain\":%d,\"stress\":%d,\"sleepHours\":%.1f,\"sittingHours\":%.1f,\"activeMinutes\":%d,\"flare\":%b}",
                    Math.min(pain, 10), stress, sleep, sitting, active, flare);
            send(http, "PUT", "/api/v1/checkins/" + today.minusDays(back), bearer, body, 200);
        }
        send(http, "POST", "/api/v1/responses", bearer,
                "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":6,\"pain-average-week\":6,\"pain-worst-week\":8}}", 201);
        send(http, "POST", "/api/v1/responses", bearer,
                "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":2,\"pain-average-week\":3,\"pain-worst-week\":4}}", 201);
        // the 7-day flare estimate is opt-in
        send(http, "PUT", "/api/v1/insights/preferences", bearer, "{\"showFlareRisk\":true}", 200);
    }

    private String send(HttpClient http, String method, String path, String auth, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (auth != null) request.header("Authorization", auth);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    @Test
    @Order(1)
    void chartsEpisodesAndTriggersShowOnAPhone() throws Exception {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.open("/insights?window=90d");
        waitForCharts(b);
        assertThat(b.driver.findElements(By.cssSelector("canvas[data-chart][data-rendered=true]")).size())
                .as("pain, stress, sleep, activity and sitting are drawn").isEqualTo(5);
        assertThat(b.find("[data-testid=days-of-data]").getText()).isEqualTo("Based on 58 days of check-ins in the last 90 days.");
        assertThat(b.find("[data-testid=episodes]").getText()).contains("Recurrence").contains("highest pain 8 out of 10");
        assertThat(b.driver.findElements(By.cssSelector("[data-testid=episode-list] li"))).hasSize(2);
        assertThat(b.find("[data-testid=triggers]").getText()).doesNotContain("Not enough data yet");
        assertThat(b.find("[data-testid=risk-card]").getText()).contains("What you can do");
        assertThat(b.find("[data-testid=risk-chance]").getText()).matches("About \\d+ % chance of a flare in the next 7 days");
        assertThat(b.find("[data-testid=risk-basis]").getText()).contains("simulated data");
        assertThat(b.find("[data-testid=mic-badge]").getText()).contains("Real improvement");
        assertThat((Long) b.js("return document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(Browser.PHONE);
        shots(b, "insights-01-90d");
        assertThat(b.accessibilityViolations()).as("serious accessibility problems on /insights").isEmpty();
    }

    @Test
    @Order(2)
    void theWindowSwitcherIsPlainLinks() throws Exception {
        Browser b = browser();
        b.width(Browser.DESKTOP);
        b.open("/insights");
        assertThat(b.find(".window-switch__link[aria-current=page]").getText()).isEqualTo("30 days");
        b.clickAndLoad(".window-switch__link[href*='window=7d']");
        assertThat(b.find(".window-switch__link[aria-current=page]").getText()).isEqualTo("7 days");
        assertThat(b.find("[data-testid=days-of-data]").getText()).isEqualTo("Based on 6 days of check-ins in the last 7 days.");
        waitForCharts(b);
        b.clickAndLoad(".window-switch__link[href*='window=365d']");
        waitForCharts(b);
        assertThat(b.find("[data-testid=days-of-data]").getText()).startsWith("Weekly averages");
        shots(b, "insights-02-365d");
        assertThat(b.accessibilityViolations()).as("serious accessibility problems on /insights?window=365d").isEmpty();
    }

    @Test
    @Order(3)
    void withoutJavaScriptTheNumbersAreStillThere() throws Exception {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            b.open("/insights?window=30d");
            assertThat(b.find("[data-testid=chart-pain]").getText()).contains("Your pain averaged");
            assertThat(b.find("[data-testid=chart-pain] [data-chart-wrap]").isDisplayed()).isFalse();
            assertThat(b.find("[data-testid=chart-pain] details summary").getText()).isEqualTo("Show the numbers");
        } finally {
            b.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    @Test
    @Order(4)
    void darkModeKeepsTheChartsReadable() throws Exception {
        Browser b = browser();
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("features", java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            b.open("/insights?window=30d");
            waitForCharts(b);
            shots(b, "insights-03-dark");
            assertThat(b.accessibilityViolations()).as("serious accessibility problems in dark mode").isEmpty();
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", java.util.List.of()));
        }
    }

    private static void waitForCharts(Browser b) {
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("canvas[data-chart='pain'][data-rendered=true]")).isEmpty());
    }

    private static void shots(Browser b, String name) {
        b.js("window.scrollTo(0, 0)");
        b.screenshots(name);
    }
}
