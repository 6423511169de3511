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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Settings open on the account page: the person renames themself, a wrong current password is shown next to its
 * field, and the account page, the time page and the goodbye page have no serious accessibility problem at 375 and
 * 1280 px, in light and dark mode.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountSettingsBrowserTest extends BrowserTestSupport {

    private final String email = "account-" + UUID.randomUUID() + "@example.org";

    @Override
    protected void onFirstOpen(Browser b) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/accounts"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + ApiClient.PASSWORD
                        + "\",\"displayName\":\"Robin\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        b.open("/login");
        b.type("#username", email);
        b.type("#password", ApiClient.PASSWORD);
        b.clickAndLoad("main form button[type=submit]");
    }

    private static void noSeriousProblemsAtBothWidths(Browser b, String page) {
        for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
            b.width(width);
            assertThat(b.accessibilityViolations()).as("serious accessibility problems on %s at %d px", page, width).isEmpty();
            if (width == Browser.PHONE) {
                assertThat((Long) b.js("return document.documentElement.scrollWidth")).as("no sideways scrolling").isLessThanOrEqualTo(Browser.PHONE);
            }
        }
        b.width(Browser.PHONE);
    }

    @Test
    @Order(1)
    void settingsOpenOnTheAccountPageAndANewNameGreetsThePerson() {
        Browser b = browser();
        b.width(Browser.PHONE);
        b.open("/settings");
        assertThat(b.path()).isEqualTo("/settings/account");
        assertThat(b.find("h1").getText()).isEqualTo("Your account");
        assertThat(b.find("[data-testid=settings-nav]").getText()).contains("Account", "Your time", "About you", "Time zone", "Your data", "Tokens");
        b.screenshots("settings-01-account");
        noSeriousProblemsAtBothWidths(b, "/settings/account");

        b.find("#displayName").clear();
        b.type("#displayName", "Sam");
        b.clickAndLoad("form[action='/settings/account/name'] button[type=submit]");
        assertThat(b.find("[data-testid=account-saved]").getText()).isEqualTo("Saved. We will call you Sam.");
        b.open("/today");
        assertThat(b.find("h1").getText()).endsWith(", Sam");
    }

    @Test
    @Order(2)
    void aWrongCurrentPasswordIsShownNextToItsField() {
        Browser b = browser();
        b.open("/settings/account");
        b.type("#currentPassword", "not my password at all");
        b.type("#newPassword", "lanterns over quiet harbours");
        b.clickAndLoad("form[action='/settings/account/password'] button[type=submit]");
        assertThat(b.find("#currentPassword-error").getText()).contains("does not match your current password");
        assertThat(b.find("#currentPassword").getAttribute("aria-invalid")).isEqualTo("true");
        b.screenshots("settings-02-account-error");
        noSeriousProblemsAtBothWidths(b, "/settings/account with an error");
    }

    @Test
    @Order(3)
    void theAccountAndTimePagesAndTheGoodbyePageReadWellInDarkMode() {
        Browser b = browser();
        b.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            for (String page : List.of("/settings/account", "/settings/plan", "/account-deleted")) {
                b.open(page);
                b.screenshots("settings-03-dark" + page.replace('/', '-'));
                noSeriousProblemsAtBothWidths(b, page + " (dark)");
            }
        } finally {
            b.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        b.open("/account-deleted");
        noSeriousProblemsAtBothWidths(b, "/account-deleted");
        b.open("/settings/plan");
        b.screenshots("settings-04-plan");
        noSeriousProblemsAtBothWidths(b, "/settings/plan");
    }

    @Test
    @Order(4)
    void theTimeCanBeChangedFromTodayAndTheNoteSaysWhatChanged() {
        Browser b = browser();
        b.width(Browser.PHONE);
        try {
            b.answerTheSafetyScreenCalmly();
        } catch (RuntimeException e) {
            b.screenshots("settings-debug-screen");
            throw e;
        }
        b.open("/settings/plan");
        b.find("#minutesPerDay").clear();
        b.type("#minutesPerDay", "15");
        b.clickAndLoad("main form button[type=submit]");
        b.open("/today");
        b.clickAndLoad("[data-testid=create-plan]");
        assertThat(b.find("[data-testid=today-time]").getText()).contains("Up to 15 minutes a day");
        b.click("[data-testid=today-time] summary");
        b.find("#time-minutesPerDay").clear();
        b.type("#time-minutesPerDay", "25");
        b.clickAndLoad("[data-testid=today-time] button[type=submit]");
        assertThat(b.path()).isEqualTo("/today");
        assertThat(b.find("[data-testid=preferences-changed]").getText()).startsWith("Saved: up to 25 minutes a day (was 15 minutes).");
        assertThat(b.find("h1").getText()).matches("(Good (morning|afternoon|evening)|Hello), (Robin|Sam)");
        b.screenshots("settings-05-today-time");
        b.js("document.querySelector('[data-testid=today-time] details').open = true");
        noSeriousProblemsAtBothWidths(b, "/today with the time card open");
    }
}
