package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Both sides of the care team in a browser, at 375 px and 1280 px, light and dark: the administrator creates a
 * clinician account on the Settings page, a person invites with chosen scopes and reads the code once, the clinician
 * opens the invitation link (code filled in) and redeems it, and the person sees them in the team, changes what they
 * see, finds them in "Who has seen my data" and removes them after confirming. Screenshots under target/screenshots.
 */
@TestPropertySource(properties = {
    "backroot.admin.email=" + CareTeamBrowserTest.ADMIN_EMAIL,
    "backroot.admin.password=" + CareTeamBrowserTest.ADMIN_PASSWORD
})
class CareTeamBrowserTest extends BrowserTestSupport {

    static final String ADMIN_EMAIL = "care-admin@example.org";
    static final String ADMIN_PASSWORD = "an administrator passphrase for the care team";
    private static final String CLINICIAN_PASSWORD = "quiet rivers under autumn bridges";

    private final String personEmail = "care-person-" + UUID.randomUUID() + "@example.org";
    private final String clinicianEmail = "care-physio-" + UUID.randomUUID() + "@example.org";

    @Test
    void aPersonInvitesAClinicianWhoRedeemsTheCodeAndThePersonStaysInCharge() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/accounts"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + personEmail + "\",\"password\":\"" + ApiClient.PASSWORD
                        + "\",\"displayName\":\"Sam\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Browser b = browser();

        // The administrator creates the clinician account.
        b.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        b.open("/settings/clinicians");
        b.type("#displayName", "Alex Morgan, physio");
        b.type("#email", clinicianEmail);
        b.type("#password", CLINICIAN_PASSWORD);
        b.clickAndLoad("form[action='/settings/clinicians'] button[type=submit]");
        assertThat(b.find("[data-testid=clinician-saved]").getText()).contains("Alex Morgan, physio");
        assertThat(b.find("[data-testid=clinicians]").getText()).contains(clinicianEmail);
        checkEverywhere(b, "care-01-admin-clinicians");
        b.signOut();

        // The person invites, choosing the diary as well as the summary.
        b.signIn(personEmail, ApiClient.PASSWORD);
        b.open("/care-team");
        assertThat(b.find("[data-testid=team-empty]").isDisplayed()).isTrue();
        checkEverywhere(b, "care-02-person-team-empty");
        b.clickAndLoad("[data-testid=invite-link]");
        assertThat(b.path()).isEqualTo("/care-team/invite");
        assertThat(b.find("#scope-summary").isSelected()).isTrue();
        checkEverywhere(b, "care-03-person-invite");
        b.click("#scope-diary");
        b.clickAndLoad("main form button[type=submit]");
        assertThat(b.path()).isEqualTo("/care-team");
        String code = b.find("[data-testid=invitation-code]").getText().strip();
        assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        String link = b.find("[data-testid=invitation-link]").getAttribute("href");
        assertThat(link).endsWith("/care/link?code=" + code);
        assertThat(b.find("svg.qr").getAttribute("aria-label")).isNotBlank();
        checkEverywhere(b, "care-04-person-code");
        b.open("/care-team");
        assertThat(b.find("main").getText()).as("the code is shown once").doesNotContain(code);
        b.signOut();

        // The clinician opens the link: the code is filled in.
        b.signIn(clinicianEmail, CLINICIAN_PASSWORD);
        b.driver.get(link);
        assertThat(b.find("#code").getAttribute("value")).isEqualTo(code);
        checkEverywhere(b, "care-05-clinician-link");
        b.clickAndLoad("main form button[type=submit]");
        assertThat(b.find("[data-testid=linked-person]").getText()).contains("Sam is now in your care", "summary, diary");
        checkEverywhere(b, "care-06-clinician-linked");
        b.signOut();

        // The person sees the clinician, limits what they see, reads the access log and removes them.
        b.signIn(personEmail, ApiClient.PASSWORD);
        b.open("/care-team");
        assertThat(b.find("[data-testid=team]").getText()).contains("Alex Morgan, physio", "Sees: summary, diary");
        b.click("[data-testid=team] details:first-of-type summary");
        checkEverywhere(b, "care-07-person-team");
        b.click("[data-testid=team] details:first-of-type input[value=diary]");
        b.clickAndLoad("[data-testid=team] details:first-of-type button[type=submit]");
        assertThat(b.find("[data-testid=team-saved]").getText()).contains("Alex Morgan, physio");
        assertThat(b.find("[data-testid=team]").getText()).contains("Sees: summary").doesNotContain("diary");
        b.open("/settings/access-log");
        assertThat(b.find("[data-testid=access-log]").getText()).contains("Alex Morgan, physio", "(clinician)", "joined your care team");
        checkEverywhere(b, "care-08-person-access-log");
        b.open("/care-team");
        b.click("[data-testid=team] details:nth-of-type(2) summary");
        b.clickAndLoad("[data-testid=confirm-remove]");
        assertThat(b.find("[data-testid=team-removed]").getText()).contains("no longer in your care team");
        assertThat(b.find("[data-testid=team-empty]").isDisplayed()).isTrue();
        b.signOut();
    }


    /** Screenshots at both widths, then axe in light and dark mode at both widths, and no sideways scrolling on a phone. */
    private static void checkEverywhere(Browser b, String name) {
        b.screenshots(name);
        try {
            for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
                b.width(width);
                for (String scheme : List.of("light", "dark")) {
                    b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                            Map.of("name", "prefers-color-scheme", "value", scheme),
                            Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
                    ((org.openqa.selenium.JavascriptExecutor) b.driver).executeAsyncScript(
                            "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));");
                    if ("dark".equals(scheme) && width == Browser.PHONE) b.screenshots(name + "-dark");
                    assertThat(b.accessibilityViolations()).as("serious accessibility problems on %s, %s, %d px", b.path(), scheme, width).isEmpty();
                }
                if (width == Browser.PHONE) {
                    assertThat((Long) b.js("return document.documentElement.scrollWidth")).as("no sideways scrolling on " + b.path())
                            .isLessThanOrEqualTo(Browser.PHONE);
                }
            }
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            b.width(Browser.PHONE);
        }
    }
}
