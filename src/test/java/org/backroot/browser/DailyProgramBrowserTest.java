package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A day with the program in a real browser: a person with a clear screen and a profile creates a
 * plan, checks in, ticks off two items with the pain during them, then reports a flare and sees the
 * plan switch to the calm phase with the cause shown. Screenshots of today, the week and the fear
 * ladder at 375 and 1280 px.
 */
class DailyProgramBrowserTest extends BrowserTestSupport {






    @Test
    void aDayWithThePlanAndAFlare() {
        Browser b = browser();
        registerWithAClearScreenAndAProfile(b);

        // No plan yet: the preferences form.
        b.open("/today");
        assertThat(b.find("[data-testid=plan-preferences]").getText()).contains("Create my plan");
        b.type("#minutesPerDay", "20");
        b.type("#daysPerWeek", "5");
        b.clickAndLoad("[data-testid=create-plan]");
        assertThat(b.path()).isEqualTo("/today");
        assertThat(b.find("[data-testid=phase]").getAttribute("data-phase")).isEqualTo("build");
        assertThat(b.driver.findElements(By.cssSelector("[data-testid=today-items] li[data-kind]"))).hasSizeGreaterThanOrEqualTo(2);

        // A fear-ladder item, so the ladder has something on it.
        b.open("/fear-ladder");
        b.type("#activity", "Picking up the laundry basket");
        b.type("#fear", "60");
        b.clickAndLoad("[data-testid=add-form] button[type=submit]");
        assertThat(b.find("[data-testid=current-step]").getText()).contains("laundry basket");

        // Check in: an ordinary day.
        checkIn(b, 3, false);
        assertThat(b.path()).isEqualTo("/today");
        assertThat(b.find("[data-testid=checkin-card]").getText()).contains("3");

        // Tick off two items with the pain during each.
        tickOff(b, 0, 2);
        tickOff(b, 1, 4);
        assertThat(b.driver.findElements(By.cssSelector("[data-testid=today-items] li[data-done=true]"))).hasSize(2);
        b.screenshots("program-01-today");
        b.open("/plan/week");
        assertThat(b.driver.findElements(By.cssSelector("[data-testid=week-days] > li"))).as(b.driver.getPageSource()).hasSize(7);
        b.screenshots("program-02-week");
        b.open("/fear-ladder");
        b.screenshots("program-03-fear-ladder");

        // A flare: the plan switches to calm and says why.
        checkIn(b, 7, true);
        assertThat(b.path()).isEqualTo("/today");
        assertThat(b.find("[data-testid=phase]").getAttribute("data-phase")).isEqualTo("calm");
        assertThat(b.find("[data-testid=phase-cause]").getText()).contains("flare").contains("calm");
        b.screenshots("program-04-today-calm");
        b.open("/plan/week");
        assertThat(b.find("[data-testid=week-phase]").getAttribute("data-phase")).isEqualTo("calm");
        assertThat(b.find("[data-testid=phase-changes]").getText()).contains("Build → Calm");
        b.screenshots("program-05-week-calm");
    }

    private static void registerWithAClearScreenAndAProfile(Browser b) {
        b.open("/register");
        b.type("#displayName", "Robin");
        b.type("#email", "day-" + UUID.randomUUID() + "@example.org");
        b.type("#password", "a long enough password");
        b.clickAndLoad("main form button[type=submit]");
        b.answerTheSafetyScreenCalmly();
        b.open("/self-tests/knee-to-wall");
        b.type("[data-testid=field-kneeToWallCmLeft]", "5");
        b.type("[data-testid=field-kneeToWallCmRight]", "12");
        b.clickAndLoad("[data-testid=save]");
    }

    private static void checkIn(Browser b, int pain, boolean flare) {
        b.open("/checkin");
        b.js("document.getElementById('pain-" + pain + "').click(); document.getElementById('stress-3').click();"
                + "document.getElementById('" + (flare ? "flare-yes" : "flare-no") + "').click();");
        b.type("#sleepHours", "7");
        b.clickAndLoad("main form [data-testid=save]");
    }

    private static void tickOff(Browser b, int slot, int painDuring) {
        String item = "[data-testid=item-" + slot + "]";
        b.click(item + " details summary");
        b.js("document.getElementById('pain-" + slot + "-" + painDuring + "').click();");
        b.clickAndLoad(item + " form button[type=submit]");
        assertThat(b.path()).isEqualTo("/today");
        assertThat(b.find("[data-testid=practice-saved]").isDisplayed()).isTrue();
    }
}
