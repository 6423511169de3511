package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person sees of findings that mean what they say, in a real browser: borderline results and results to have
 * checked on /profile, the fear ladder as experiments, and the opt-in flare estimate on Today; screenshots at 375 and
 * 1280 px, and axe-core finds nothing serious.
 */
class FindingsBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    InstrumentCatalog catalog;

    @Override
    protected void onFirstOpen(Browser browser) throws Exception {
        String email = "findings-" + UUID.randomUUID() + "@example.org";
        HttpClient http = HttpClient.newHttpClient();
        send(http, "POST", "/api/v1/accounts", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Sam\"}", 201);
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(send(http, "POST", "/api/v1/tokens", basic, "{\"name\":\"t\"}", 201));
        assertThat(m.find()).isTrue();
        String bearer = "Bearer " + m.group(1);
        send(http, "POST", "/api/v1/responses", bearer, RedFlagScreens.json(catalog, Map.of()), 201);
        send(http, "POST", "/api/v1/self-tests", bearer, "{\"thoracicRotationDegLeft\":44,\"thoracicRotationDegRight\":44,"
                + "\"kneeToWallCmLeft\":9.5,\"kneeToWallCmRight\":6,\"singleLegStanceSecLeft\":3,\"restingBreathsPerMin\":26}", 201);
        send(http, "POST", "/api/v1/fear-ladder", bearer, "{\"activity\":\"Bending to tie my shoes\",\"fear\":40}", 201);
        send(http, "POST", "/api/v1/fear-ladder", bearer, "{\"activity\":\"Carrying a bag to the car\",\"fear\":70}", 201);
        send(http, "POST", "/api/v1/plan", bearer, "", 201);
        browser.open("/login");
        browser.type("#username", email);
        browser.type("#password", PASSWORD);
        browser.clickAndLoad("main form button[type=submit]");
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
    void profileFearLadderAndTodayReadAsTheyShould() {
        Browser b = browser();
        b.width(Browser.PHONE);

        b.open("/profile");
        assertThat(b.find("[data-testid=check-with-clinician]").getText()).contains("check your balance", "see your doctor soon");
        assertThat(b.find("[data-testid=borderline]").getText()).contains("borderline");
        assertThat(b.find("[data-testid=sources]").getText()).contains("Right ankle").doesNotContain("/ 100").doesNotContain("Upper back");
        shot(b, "findings-01-profile");
        assertThat(b.accessibilityViolations()).as("serious accessibility problems on /profile").isEmpty();

        b.open("/fear-ladder");
        assertThat(b.find("[data-testid=before-form]").getText()).contains("How likely do you think it is that this step will harm your back?");
        assertThat(b.find("[data-testid=template-choice]").getText()).contains("Which kind of step is this closest to?");
        b.type("#harmExpected", "60");
        b.type("#fearBefore", "40");
        b.clickAndLoad("[data-testid=before-form] button[type=submit]");
        assertThat(b.find("[data-testid=pending]").getText()).contains("Did what you feared happen?");
        shot(b, "findings-02-fear-ladder");
        assertThat(b.accessibilityViolations()).as("serious accessibility problems on /fear-ladder").isEmpty();

        b.open("/today");
        assertThat(b.find("[data-testid=exposure-waiting]").getText()).contains("waiting for your answers");
        assertThat(b.find("[data-testid=risk-off]").getText()).contains("off unless you turn it on");
        b.clickAndLoad("[data-testid=risk-show]");
        assertThat(b.find("[data-testid=risk-card]").getText()).contains("Hide the flare estimate");
        shot(b, "findings-03-today");
        assertThat(b.accessibilityViolations()).as("serious accessibility problems on /today").isEmpty();
    }

    private static void shot(Browser b, String name) {
        b.js("window.scrollTo(0, 0)");
        b.screenshots(name);
    }
}
