package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Safety over time in a real browser: an emergency answer locks the plan, the movement checks and the activity
 * timers; the safety page takes the answer back as given by mistake; a "not sure" about the saddle area asks for a
 * call today without locking. Every page is checked with axe and screenshotted at 375 and 1280 px.
 */
class SafetyBrowserTest extends BrowserTestSupport {

    @Test
    void anEmergencyLocksEverythingUntilTheAnswerIsTakenBackAsAMistake() {
        Browser b = browser();
        b.signOut();
        register(b, "Lee");
        answerScreen(b, "bladder-change", "yes");
        assertThat(b.path()).isEqualTo("/safety");
        assertThat(b.find("[data-testid=safety-status]").getAttribute("data-status")).isEqualTo("emergency");
        b.screenshots("safety-01-emergency");
        assertAccessible(b, "safety page in an emergency");

        b.open("/self-tests");
        assertThat(b.find("[data-testid=movement-paused]").isDisplayed()).isTrue();
        b.screenshots("safety-02-self-tests-paused");
        assertAccessible(b, "self-test hub while paused");
        b.open("/self-tests/single-leg-stance");
        assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector("[data-testid=timer-start]"))).isEmpty();
        b.screenshots("safety-03-self-test-paused");
        b.open("/activities/core-pelvic-tilt");
        assertThat(b.find("[data-testid=practice-paused]").isDisplayed()).isTrue();
        b.screenshots("safety-04-activity-paused");

        b.open("/safety");
        b.click("[data-testid=correction] summary");
        b.click("input[name=item][value=bladder-change]");
        b.type("#correction-note", "I tapped the wrong answer");
        b.screenshots("safety-05-correction-form");
        assertAccessible(b, "correction form");
        b.clickAndLoad("[data-testid=correction] button[type=submit]");
        assertThat(b.find("[data-testid=safety-status]").getAttribute("data-status")).isEqualTo("clear");
        assertThat(b.find("[data-testid=taken-back]").getText()).contains("I tapped the wrong answer");
        b.screenshots("safety-06-taken-back");
        assertAccessible(b, "safety page after a correction");
    }

    @Test
    void notSureAboutTheSaddleAreaAsksForACallTodayAndTheRetakeStartsFromTheEarlierAnswers() {
        Browser b = browser();
        b.signOut();
        register(b, "Ash");
        answerScreen(b, "saddle-numbness", "unsure");
        assertThat(b.find("[data-testid=safety-status]").getAttribute("data-status")).isEqualTo("see-doctor");
        assertThat(b.find("[data-testid=safety-status]").getText()).contains("today").contains("out-of-hours");
        b.screenshots("safety-07-unsure-call-today");

        b.open("/assessments/red-flags");
        assertThat(b.find("input[name=saddle-numbness][value=unsure]").isSelected()).isTrue();
        assertThat(b.find("input[name=fever][value=no]").isSelected()).isTrue();
    }

    private static void register(Browser b, String name) {
        b.open("/register");
        b.type("#displayName", name);
        b.type("#email", name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org");
        b.type("#password", "a long enough password");
        b.clickAndLoad("main form button[type=submit]");
    }

    /** The red-flag screen answered calmly except one item. */
    private static void answerScreen(Browser b, String item, String value) {
        b.open("/assessments/red-flags");
        b.js("""
                const [item, value] = arguments;
                document.querySelectorAll('main form fieldset').forEach(fs => {
                  const radios = [...fs.querySelectorAll('input[type=radio]')];
                  if (!radios.length) return;
                  const special = radios.find(r => r.name === item && r.value === value);
                  (special || radios.find(r => r.value === 'no') || radios.find(r => r.value === '20-34') || radios[0]).click();
                });
                """, item, value);
        b.clickAndLoad("main form button[type=submit]");
        if (!b.path().equals("/safety")) b.open("/safety");
    }

    private static void assertAccessible(Browser b, String page) {
        assertThat(b.accessibilityViolations()).as("serious accessibility violations on " + page).isEmpty();
    }
}
