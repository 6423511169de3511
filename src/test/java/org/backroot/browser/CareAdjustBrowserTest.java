package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.backroot.program.PlanService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A physio adjusts a person's plan and records a clearance in a real browser; the person then sees the adjustment on
 * Today (with the physio's name and note), every version on its own page, and who cleared what on the safety page.
 * Each page is checked with axe in light and dark mode at 375 and 1280 px, and screenshotted.
 */
class CareAdjustBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanService plans;

    @Test
    void aPhysioAdjustsThePlanAndThePersonSeesWhoChangedWhat() {
        Browser b = browser();
        b.signOut();
        String physioEmail = register(b, "Sam Rivera");
        b.signOut();
        String personEmail = register(b, "Robin");
        b.answerTheSafetyScreenCalmly();
        String personId = idOf(personEmail);
        String physioId = idOf(physioEmail);
        plans.generate(personId);
        jdbc.sql("UPDATE app_user SET roles = 'CLINICIAN', credentials_version = credentials_version + 1 WHERE id = :id").param("id", physioId).update();
        jdbc.sql("INSERT INTO care_link (user_id, clinician_id, scopes, since) VALUES (:p, :c, 'summary,adjust', '2026-12-01T09:00:00.000Z')")
                .param("p", personId).param("c", physioId).update();

        b.signOut();
        b.signIn(physioEmail, PASSWORD);
        b.open("/care/people/" + personId + "/adjust");
        assertThat(b.find("h1").getText()).isEqualTo("Adjust Robin's plan");
        checked(b, "care-adjust-01-form", "the clinician's adjust page");

        new Select(b.find("#maxLevel")).selectByValue("2");
        b.js("arguments[0].open = true;", b.find("#activities details"));
        new Select(b.find("#activity-hip-clamshell")).selectByValue("include");
        b.type("#note", "Let's keep bending light this week. Your hip work stays in.");
        b.clickAndLoad("[data-testid=adjust-submit]");
        assertThat(b.find("[data-testid=adjust-saved]").getText()).contains("Saved as version 1").contains("made again from today");

        b.type("#minutesPerDay", "99");
        b.clickAndLoad("[data-testid=adjust-submit]");
        assertThat(b.find("[data-testid=adjust-errors]").getText()).contains("from 5 to 60");
        checked(b, "care-adjust-02-refused", "the adjust page with a refused form");

        b.open("/care/people/" + personId + "/adjust");
        b.js("document.querySelector('#assessedOn').value = arguments[0];", LocalDate.now().toString());
        b.click("input[name=ruledOut][value=fracture]");
        b.click("#restriction-loaded-flexion");
        b.type("#weeks-loaded-flexion", "4");
        b.clickAndLoad("[data-testid=clearance-submit]");
        assertThat(b.find("[data-testid=clearance-saved]").getText()).contains("Clearance recorded");
        checked(b, "care-adjust-03-saved", "the adjust page after both were saved");

        b.signOut();
        b.signIn(personEmail, PASSWORD);
        b.open("/today");
        assertThat(b.find("[data-testid=plan-adjusted-note]").getText())
                .startsWith("Sam Rivera adjusted your plan on").endsWith(": Let's keep bending light this week. Your hip work stays in.");
        assertThat(b.find("[data-testid=adjustment-talk]").getAttribute("href")).contains("/care-team/messages/with/");
        assertThat(b.find("[data-testid=clinician-hold]").getText()).contains("Sam Rivera asked that your plan leave out lifting and bending under load");
        checked(b, "care-adjust-04-today", "Today with the adjustment");

        b.clickAndLoad("[data-testid=adjustments-link]");
        assertThat(b.path()).isEqualTo("/plan/adjustments");
        assertThat(b.find("[data-testid=adjustment-versions]").getText()).contains("Sam Rivera").contains("up to level 2 of 4")
                .contains("Added to your plan: Side-lying clamshell");
        checked(b, "care-adjust-05-versions", "the person's list of adjustments");

        b.open("/safety");
        assertThat(b.find("[data-testid=clinician-clearances]").getText()).contains("Sam Rivera assessed you on").contains("a broken bone in the spine");
        checked(b, "care-adjust-06-safety", "the person's safety page with the clearance");
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
        String email = "adj-" + UUID.randomUUID() + "@example.org";
        b.open("/register");
        b.type("#displayName", name);
        b.type("#email", email);
        b.type("#password", PASSWORD);
        b.clickAndLoad("main form button[type=submit]");
        return email;
    }

}
