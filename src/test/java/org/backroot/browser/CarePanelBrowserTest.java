package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

/**
 * The clinician's panel in a real browser: the empty state for a new clinician, then people with a red flag, a quiet
 * spell and nothing to worry about, and an alert acknowledged with a note. Checked with axe in light and dark mode at
 * 375 and 1280 px, and screenshotted.
 */
class CarePanelBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "a long enough password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstrumentCatalog catalog;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> call(String method, String path, String auth, String json) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (auth != null) r.header("Authorization", auth);
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Registers an account and answers its id, email and a bearer token. */
    private String[] account(String name, boolean clinician) throws Exception {
        String email = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID() + "@example.org";
        String id = JsonPath.read(call("POST", "/api/v1/accounts", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + name + "\"}").body(), "$.id");
        if (clinician) {
            jdbc.sql("UPDATE app_user SET roles = 'CLINICIAN', credentials_version = credentials_version + 1 WHERE id = :id").param("id", id).update();
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes());
        String token = JsonPath.read(call("POST", "/api/v1/tokens", basic, "{\"name\":\"browser test\"}").body(), "$.token");
        return new String[] {id, email, "Bearer " + token};
    }

    private void person(String name, Map<String, String> screen, String clinicianToken, int... checkInDaysAgo) throws Exception {
        String[] p = account(name, false);
        assertThat(call("POST", "/api/v1/responses", p[2], RedFlagScreens.json(catalog, screen)).statusCode()).isEqualTo(201);
        for (int d : checkInDaysAgo) {
            var saved = call("PUT", "/api/v1/checkins/" + LocalDate.now().minusDays(d), p[2], "{\"pain\":" + (3 + d % 3) + ",\"stress\":3,\"sleepHours\":7,\"flare\":false}");
            assertThat(saved.statusCode()).as(saved.body()).isBetween(200, 201);
        }
        String code = JsonPath.read(call("POST", "/api/v1/care/invitations", p[2], "{\"scopes\":[\"summary\",\"diary\"]}").body(), "$.code");
        assertThat(call("POST", "/api/v1/care/links", clinicianToken, "{\"code\":\"" + code + "\"}").statusCode()).isEqualTo(201);
    }



    /** axe at both widths in both schemes, and screenshots of each scheme. */
    private static void checkEverywhere(Browser b, String name) {
        for (String s : List.of("light", "dark")) {
            b.colorScheme(s);
            for (int w : new int[] {Browser.PHONE, Browser.DESKTOP}) {
                b.width(w);
                ((org.openqa.selenium.JavascriptExecutor) b.driver).executeAsyncScript(
                        "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
                assertThat(b.accessibilityViolations()).as("serious accessibility violations on " + name + " (" + s + ", " + w + " px)").isEmpty();
            }
            b.screenshots(name + "-" + s);
        }
        b.colorScheme("light");
        b.width(Browser.PHONE);
    }

    @Test
    void aClinicianSeesWhoNeedsThemFirstAndAcknowledgesAnAlertWithANote() throws Exception {
        Browser b = browser();
        b.signOut();
        String[] physio = account("Dr Ada Physio", true);
        b.signIn(physio[1], PASSWORD);
        assertThat(b.path()).as("a clinician lands on their panel").isEqualTo("/care/people");
        assertThat(b.find("[data-testid=care-panel-empty]").getText()).contains("K7QFM-2XDRB");
        checkEverywhere(b, "care-panel-01-empty");

        person("Robin Okafor", Map.of(), physio[2], 0, 1, 2, 3, 4, 5, 7, 8, 9, 10);
        person("Sam Lee", Map.of(), physio[2], 6, 8, 9);
        person("Zoe Martin", Map.of("foot-drop", "yes"), physio[2]);
        b.open("/care/people");
        List<String> names = b.driver.findElements(By.cssSelector("[data-testid=care-person] h2")).stream().map(e -> e.getText()).toList();
        assertThat(names).containsExactly("Zoe Martin", "Sam Lee", "Robin Okafor");
        assertThat(b.find("[data-person] [data-testid=care-safety]").getText()).contains("Urgent");
        checkEverywhere(b, "care-panel-02-people");

        b.type("[data-kind=no-check-in] input[name=note]", "Texted Sam; away on holiday, back Monday.");
        b.clickAndLoad("[data-kind=no-check-in] button[type=submit]");
        assertThat(b.path()).isEqualTo("/care/people");
        assertThat(b.find("[role=status]").getText()).contains("acknowledged");
        assertThat(b.driver.findElements(By.cssSelector("[data-kind=no-check-in]"))).isEmpty();
        checkEverywhere(b, "care-panel-03-acknowledged");
    }
}
