package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinician opens the page of a person who shares summary and diary with them, in a real browser at 375 and 1280 px,
 * light and dark: every section is there, axe finds nothing serious, and screenshots are kept.
 */
class CarePersonBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    private String personId;

    @Override
    protected void onFirstOpen(Browser browser) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String[] robin = account(http, "care-person-" + UUID.randomUUID() + "@example.org", "Robin Example", false);
        personId = robin[0];
        String person = "Bearer " + robin[1];
        send(http, "POST", "/api/v1/responses", person, RedFlagScreens.json(catalog, Map.of("psoriasis", "unsure")), 201);
        send(http, "POST", "/api/v1/self-tests", person, "{\"kneeToWallCmLeft\":5,\"kneeToWallCmRight\":12}", 201);
        send(http, "POST", "/api/v1/responses", person, "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":6,\"pain-average-week\":6,\"pain-worst-week\":9}}", 201);
        send(http, "POST", "/api/v1/responses", person, "{\"instrumentId\":\"psfs\",\"answers\":{\"activity-1\":\"Putting on my socks\",\"rating-1\":3}}", 201);
        send(http, "POST", "/api/v1/plan", person, "", 201);
        for (int d = 20; d >= 0; d--) {
            String note = d == 4 ? ",\"note\":\"Stiff after the drive\"" : "";
            send(http, "PUT", "/api/v1/checkins/" + LocalDate.now().minusDays(d), person,
                    "{\"pain\":" + (d % 5 + 2) + ",\"stress\":4,\"sleepHours\":7,\"flare\":false" + note + "}", 200);
        }
        send(http, "POST", "/api/v1/responses", person, "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":3,\"pain-average-week\":3,\"pain-worst-week\":5}}", 201);
        String code = read(send(http, "POST", "/api/v1/care/invitations", person, "{\"scopes\":[\"summary\",\"diary\"]}", 201), "code");

        String clinicianEmail = "care-physio-" + UUID.randomUUID() + "@example.org";
        String clinician = "Bearer " + account(http, clinicianEmail, "Dr Ada Physio", true)[1];
        send(http, "POST", "/api/v1/care/links", clinician, "{\"code\":\"" + code + "\"}", 201);
        browser.open("/login");
        browser.type("#username", clinicianEmail);
        browser.type("#password", PASSWORD);
        browser.clickAndLoad("main form button[type=submit]");
    }

    /** Registers an account (a clinician gets the role as an admin would give it) and answers its id and a token. */
    private String[] account(HttpClient http, String email, String name, boolean clinician) throws Exception {
        String id = read(send(http, "POST", "/api/v1/accounts", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + name + "\"}", 201), "id");
        if (clinician) {
            jdbc.sql("UPDATE app_user SET roles = 'CLINICIAN', credentials_version = credentials_version + 1 WHERE id = :id").param("id", id).update();
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return new String[] {id, read(send(http, "POST", "/api/v1/tokens", basic, "{\"name\":\"t\"}", 201), "token")};
    }

    private static String read(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return m.group(1);
    }

    private String send(HttpClient http, String method, String path, String auth, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (auth != null) request.header("Authorization", auth);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    @Test
    void theClinicianReadsThePersonsPageOnAPhoneAndADesktopInLightAndDark() {
        Browser b = browser();
        b.width(Browser.DESKTOP);
        b.open("/care/people/" + personId);
        assertThat(b.find("h1").getText()).isEqualTo("Robin Example");
        assertThat(b.find("[data-testid=linked-since]").getText()).isEqualTo("Sharing since " + LocalDate.now());
        assertThat(b.find("[data-testid=red-flag-answers]").getText()).contains("psoriasis", "Not sure", "screen");
        assertThat(b.find("[data-testid=source-regions]").getText()).contains("Ankle", "Limited ankle dorsiflexion");
        assertThat(b.find("[data-testid=outcomes]").getText()).contains("Pain rating");
        assertThat(b.find("[data-testid=diary-checkins]").getText()).contains("Stiff after the drive");
        assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector("[data-testid=pain-spark] rect"))).hasSize(21);
        assertThat(b.find("[data-testid=clinician-pdf]").getAttribute("href")).endsWith("/care/people/" + personId + "/report.pdf");

        List<String> problems = new ArrayList<>();
        try {
            for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
                b.width(width);
                assertThat((Boolean) b.js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                        .as("no sideways scrolling of the page at %d px", width).isTrue();
                for (String scheme : List.of("light", "dark")) {
                    b.colorScheme(scheme);
                    ((org.openqa.selenium.JavascriptExecutor) b.driver).executeAsyncScript(
                            "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
                    for (String v : b.accessibilityViolations()) problems.add(scheme + ", " + width + " px: " + v);
                }
            }
            b.colorScheme("light");
            b.js("window.scrollTo(0, 0)");
            b.screenshots("care-person-light");
            b.colorScheme("dark");
            b.screenshots("care-person-dark");
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            b.width(Browser.PHONE);
        }
        assertThat(problems).as("serious accessibility problems on the clinician's page of a person").isEmpty();
    }

}
