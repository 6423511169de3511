package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person and their physio exchange messages in a real browser: the person writes (next to the note that messages
 * are not for urgent symptoms), the physio reads and answers, the person sees the answer and the read receipt; a
 * message that reads like a warning sign is sent and the page then points to the check-in's symptom list. Each page is
 * checked with axe in light and dark mode at 375 and 1280 px, and screenshotted.
 */
class CareMessagesBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonAndTheirPhysioExchangeMessagesAtPhoneAndDesktopWidth() {
        Browser b = browser();
        b.signOut();
        String physioEmail = register(b, "Dr Ada Physio");
        b.signOut();
        String personEmail = register(b, "Robin");
        String personId = idOf(personEmail);
        String physioId = idOf(physioEmail);
        jdbc.sql("UPDATE app_user SET roles = 'CLINICIAN', credentials_version = credentials_version + 1 WHERE id = :id").param("id", physioId).update();
        jdbc.sql("INSERT INTO care_link (user_id, clinician_id, scopes, since) VALUES (:p, :c, 'summary,messages', '2026-12-01T09:00:00.000Z')")
                .param("p", personId).param("c", physioId).update();

        // The person opens the thread through the stable address other pages link to, and writes.
        b.open("/care-team/messages/with/" + physioId);
        assertThat(b.path()).startsWith("/care-team/messages/");
        String thread = b.path().substring("/care-team/messages/".length());
        assertThat(b.find("[data-testid=urgent-note]").getText()).contains("not for urgent symptoms").contains("999");
        assertThat(b.find("[data-testid=symptom-list]").getAttribute("href")).endsWith("/checkin#newSymptoms");
        b.type("[data-testid=message-text]", "The hip drill felt easier today.\nShould I add a second set?");
        b.clickAndLoad("[data-testid=send]");
        assertThat(b.find("[data-testid=sent]").getText()).isEqualTo("Sent.");
        assertThat(b.find("[data-testid=receipt-1]").getText()).isEqualTo("Not read yet");
        checked(b, "care-messages-01-person-sent", "the person's thread after sending");

        b.clickAndLoad("[data-testid=send]");
        assertThat(b.find("#text-error").getText()).contains("Your message").contains("empty");
        checked(b, "care-messages-02-person-empty", "the person's thread with an empty message refused");

        // The physio sees one unread, reads it and answers.
        b.signOut();
        b.signIn(physioEmail, PASSWORD);
        b.open("/care/messages");
        assertThat(b.find("[data-testid=unread]").getText()).isEqualTo("1 unread");
        assertThat(b.find("[data-testid=nav-unread]").getAttribute("textContent")).isEqualTo("11 unread");
        checked(b, "care-messages-03-physio-list", "the clinician's list");
        b.clickAndLoad("[data-testid='thread-" + thread + "']");
        assertThat(b.path()).isEqualTo("/care/messages/" + thread);
        assertThat(b.find("[data-testid=message-1]").getText()).contains("Robin").contains("Should I add a second set?");
        assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector("[data-testid=urgent-note]"))).isEmpty();
        b.type("[data-testid=message-text]", "Yes, add a second set if the pain stays at 3 or below.");
        b.clickAndLoad("[data-testid=send]");
        assertThat(b.find("[data-testid=message-2]").getText()).contains("You").contains("second set if the pain");
        checked(b, "care-messages-04-physio-replied", "the clinician's thread");

        // The person sees the answer and that their message was read; then writes about a warning sign.
        b.signOut();
        b.signIn(personEmail, PASSWORD);
        b.open("/care-team/messages");
        assertThat(b.find("[data-testid=unread]").getText()).isEqualTo("1 unread");
        assertThat(b.find("[data-testid=nav-unread]").getAttribute("textContent")).isEqualTo("11 unread");
        checked(b, "care-messages-05-person-list", "the person's list");
        b.clickAndLoad("[data-testid='thread-" + thread + "']");
        assertThat(b.find("[data-testid=receipt-1]").getText()).startsWith("Read ");
        assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector("[data-testid=nav-unread]"))).as("all read now").isEmpty();
        assertThat(b.find("[data-testid=message-2]").getText()).contains("Dr Ada Physio");
        b.type("[data-testid=message-text]", "Since this morning I have numbness around my groin.");
        b.clickAndLoad("[data-testid=send]");
        assertThat(b.find("[data-testid=warning-sign]").getText()).contains("check-in").contains("numbness between your legs");
        assertThat(b.find("[data-testid=warning-symptom-list]").getAttribute("href")).endsWith("/checkin#newSymptoms");
        assertThat(b.find("[data-testid=message-3]").getText()).contains("numbness around my groin");
        checked(b, "care-messages-06-person-warning", "the person's thread after a warning-sign message");
        b.clickAndLoad("[data-testid=warning-symptom-list]");
        assertThat(b.path()).isEqualTo("/checkin");
        assertThat(b.find("#newSymptoms").isDisplayed()).isTrue();
    }

    /** Screenshots in light and dark mode at both widths, and axe in each. */
    private static void checked(Browser b, String name, String page) {
        for (String mode : List.of("light", "dark")) {
            b.colorScheme(mode);
            b.screenshots(name + "-" + mode);
            for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
                b.width(width);
                assertThat(b.accessibilityViolations()).as("serious accessibility violations on " + page + ", " + mode + ", " + width + " px").isEmpty();
            }
        }
        b.colorScheme("light");
        b.width(Browser.PHONE);
    }


    private String idOf(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e").param("e", email).query(String.class).single();
    }

    private static String register(Browser b, String name) {
        String email = "m-" + UUID.randomUUID() + "@example.org";
        b.open("/register");
        b.type("#displayName", name);
        b.type("#email", email);
        b.type("#password", PASSWORD);
        b.clickAndLoad("main form button[type=submit]");
        return email;
    }

}
