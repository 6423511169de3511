package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Milestones on Today in a real browser: a person whose pain fell past its minimal important change and who tried a
 * fear-ladder activity sees both in a warm card, in light and dark mode at 375 and 1280 px with nothing serious
 * for axe, and puts one away.
 */
class MilestonesBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    InstrumentCatalog catalog;

    @Override
    protected void onFirstOpen(Browser browser) throws Exception {
        String email = "milestones-" + UUID.randomUUID() + "@example.org";
        HttpClient http = HttpClient.newHttpClient();
        send(http, "POST", "/api/v1/accounts", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Robin\"}", 201);
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(send(http, "POST", "/api/v1/tokens", basic, "{\"name\":\"browser test\"}", 201));
        assertThat(token.find()).isTrue();
        String bearer = "Bearer " + token.group(1);
        send(http, "POST", "/api/v1/responses", bearer, RedFlagScreens.json(catalog, Map.of()), 201);
        send(http, "POST", "/api/v1/responses", bearer,
                "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":7,\"pain-average-week\":7,\"pain-worst-week\":8}}", 201);
        send(http, "POST", "/api/v1/responses", bearer,
                "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":3,\"pain-average-week\":3,\"pain-worst-week\":4}}", 201);
        Matcher item = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(
                send(http, "POST", "/api/v1/fear-ladder", bearer, "{\"activity\":\"Carrying the laundry basket\",\"fear\":60}", 201));
        assertThat(item.find()).isTrue();
        send(http, "POST", "/api/v1/fear-ladder/" + item.group(1) + "/exposures", bearer,
                "{\"harmExpected\":70,\"fearBefore\":60,\"harmHappened\":false,\"fearAfter\":30}", 201);
        browser.open("/login");
        browser.type("#username", email);
        browser.type("#password", PASSWORD);
        browser.clickAndLoad("main form button[type=submit]");
    }

    @Test
    void todayRecognisesProgressAndLetsThePersonPutItAway() {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.open("/today");
        String card = b.find("[data-testid=milestones]").getText();
        assertThat(card).contains("A change that matters", "You did something you had been wary of", "Carrying the laundry basket");
        assertThat(card.toLowerCase(java.util.Locale.ROOT)).doesNotContain("missed", "streak");
        assertThat(b.driver.findElements(By.cssSelector("[data-testid=milestone]"))).hasSize(2);
        assertThat((Long) b.js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(Browser.PHONE);
        b.js("document.querySelector('[data-testid=milestones]').scrollIntoView()");
        b.screenshots("milestones-01-today");
        assertThat(b.accessibilityViolations()).as("serious accessibility problems on /today with milestones").isEmpty();
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            b.open("/today");
            b.js("document.querySelector('[data-testid=milestones]').scrollIntoView()");
            b.screenshots("milestones-02-today-dark");
            assertThat(b.accessibilityViolations()).as("serious accessibility problems on /today in dark mode").isEmpty();
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }

        b.clickAndLoad("[data-testid=milestone][data-key='meaningful-change:pain'] [data-testid=milestone-seen]");
        assertThat(b.path()).isEqualTo("/today");
        assertThat(b.driver.findElements(By.cssSelector("[data-testid=milestone]"))).hasSize(1);
        assertThat(b.find("[data-testid=milestones]").getText()).doesNotContain("A change that matters");
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
}
