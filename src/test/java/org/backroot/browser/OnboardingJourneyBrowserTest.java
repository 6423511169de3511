package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A newcomer's whole path in a real browser at phone width: register, the red-flag screen's gateways, about you,
 * pain and PEG, the first look, the self-tests it chose, the profile and a first plan (the short path of the first
 * visit, estimated under 15 minutes), then the timer and the photo angle tool.
 */
class OnboardingJourneyBrowserTest extends BrowserTestSupport {






    @Test
    void newcomerGoesFromRegistrationToAProfile() throws Exception {
        Browser b = browser();
        b.signOut();
        b.open("/");
        b.screenshots("01-home");
        assertAccessible(b, "home");
        b.clickAndLoad("a[href='/register']");
        b.type("#displayName", "Robin");
        b.type("#email", "robin-" + UUID.randomUUID() + "@example.org");
        b.type("#password", "a long enough password");
        b.screenshots("02-register");
        assertAccessible(b, "register");
        String browserZone = (String) b.js("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        assertThat(b.js("return document.querySelector('input[name=timeZone]').value")).isEqualTo(browserZone);
        b.clickAndLoad("main form button[type=submit]");

        assertThat(b.path()).isEqualTo("/onboarding");
        b.screenshots("03-onboarding");
        assertAccessible(b, "onboarding");
        // The honest estimate of the whole first visit, computed from its steps, is shown and is under 15 minutes.
        int minutes = Integer.parseInt(b.find("[data-testid=onboarding-estimate]").getAttribute("data-minutes"));
        int seconds = Integer.parseInt(b.find("[data-testid=onboarding-estimate]").getAttribute("data-seconds"));
        assertThat(seconds).isLessThan(15 * 60);
        assertThat(minutes).isBetween(5, 14);
        assertThat(b.find("[data-testid=onboarding-estimate]").getText()).contains(minutes + " minutes");
        b.clickAndLoad("[data-testid=onboarding-continue]");

        // The safety page asks grouped gateways; the questions behind one open only on "yes" or "not sure".
        assertThat(b.path()).isEqualTo("/assessments/red-flags");
        assertThat(b.find("[data-follow-ups=gate-bladder-bowel-saddle]").isDisplayed()).isFalse();
        b.click("input[name=gate-bladder-bowel-saddle][value=unsure]");
        assertThat(b.find("[data-follow-ups=gate-bladder-bowel-saddle]").isDisplayed()).isTrue();
        answerEveryQuestion(b, "no");
        assertThat(b.find("[data-follow-ups=gate-bladder-bowel-saddle]").isDisplayed()).isFalse();
        b.screenshots("04-red-flags");
        assertAccessible(b, "red-flags questionnaire");
        b.clickAndLoad("main form button[type=submit]");

        // A few facts about the person, asked once, right after the screen.
        assertThat(b.path()).isEqualTo("/onboarding/about");
        b.type("#birthYear", "1978");
        b.js("""
                ['sex=female', 'pregnancy=no', 'activeCancerTreatment=no', 'osteoporosisMedication=no'].forEach(pair => {
                  const [name, value] = pair.split('=');
                  document.querySelector(`input[name=${name}][value=${value}]`).click();
                });
                """);
        b.screenshots("04b-about-you");
        assertAccessible(b, "about you");
        b.clickAndLoad("main form button[type=submit]");

        // Pain and PEG, then the first look: every factor's short screen on one page.
        for (String id : new String[] {"pain", "peg"}) {
            assertThat(b.path()).isEqualTo("/assessments/" + id);
            answerEveryQuestion(b, null);
            if (id.equals("pain")) b.screenshots("05-" + id);
            if (id.equals("pain")) assertAccessible(b, id + " questionnaire");
            b.clickAndLoad("main form button[type=submit]");
        }
        assertThat(b.path()).isEqualTo("/onboarding/first-look");
        assertThat(b.driver.findElements(By.cssSelector("main form section[data-factor]"))).hasSize(6);
        answerEveryQuestion(b, null); // the middle answer: every factor moderate, so each factor with tests points to one
        b.screenshots("05b-first-look");
        assertAccessible(b, "first look");
        b.clickAndLoad("main form button[type=submit]");

        // At most three self-tests, chosen by the first look; each goes on to the next step.
        assertThat(b.path()).isEqualTo("/self-tests/knee-to-wall");
        b.type("[data-testid=field-kneeToWallCmLeft]", "5");
        b.type("[data-testid=field-kneeToWallCmRight]", "12");
        b.screenshots("07-knee-to-wall");
        assertAccessible(b, "knee-to-wall");
        b.clickAndLoad("[data-testid=save]");
        assertThat(b.path()).isEqualTo("/self-tests/occiput-to-wall");
        b.type("[data-testid=field-occiputToWallCm]", "0");
        b.clickAndLoad("[data-testid=save]");
        assertThat(b.path()).isEqualTo("/self-tests/breathing-pattern");
        b.click("[data-testid=field-breathingPattern-mixed]");
        b.clickAndLoad("[data-testid=save]");

        // The profile, with the plan made on the same page.
        assertThat(b.path()).isEqualTo("/profile");
        b.screenshots("09-profile");
        assertAccessible(b, "profile");
        assertThat(b.driver.findElements(By.cssSelector(".factor-bar"))).hasSize(6);
        assertThat(b.driver.findElements(By.cssSelector("[data-testid=first-look]"))).hasSize(6);
        assertThat(b.find("[data-testid=sources]").getText()).containsIgnoringCase("ankle");
        assertThat(b.find("#region-ankle-left").getAttribute("class")).contains("is-source");
        b.clickAndLoad("[data-testid=make-my-plan]");
        assertThat(b.path()).isEqualTo("/today");
        assertThat(b.driver.findElements(By.cssSelector("[data-testid=phase]"))).hasSize(1);
        b.screenshots("09b-today-first-plan");

        // A later step: the full stress check replaces the first look, and the profile says what changed.
        b.open("/assessments/stress");
        answerEveryQuestion(b, null);
        b.clickAndLoad("main form button[type=submit]");
        assertThat(b.path()).isEqualTo("/profile");
        assertThat(b.find("[data-testid=what-changed]").getText()).contains("Stress and tension");
        b.screenshots("09c-profile-what-changed");
        assertAccessible(b, "profile with what changed");

        timeABreathHold(b);
        measureCraniovertebralAngleFromAPhoto(b);

        // Settings: the zone picked up at sign-up, with this device's zone shown beside it; the answers about you.
        b.open("/settings/time-zone");
        assertThat(b.js("return document.getElementById('timeZone').value")).isEqualTo(browserZone);
        assertThat(b.find("[data-browser-time-zone-text]").getText()).isEqualTo(browserZone);
        b.screenshots("10-time-zone");
        assertAccessible(b, "time zone settings");
        b.open("/settings/about");
        assertThat(b.js("return document.getElementById('birthYear').value")).isEqualTo("1978");
        assertAccessible(b, "about you settings");
    }

    @Test
    void aQuestionnaireCanBeAnsweredWithTheKeyboardAlone() {
        Browser b = browser();
        b.signOut();
        b.open("/register");
        b.type("#displayName", "Kai");
        b.type("#email", "kai-" + UUID.randomUUID() + "@example.org");
        b.type("#password", "a long enough password");
        b.clickAndLoad("main form button[type=submit]");
        b.open("/assessments/pain");
        var keys = new Actions(b.driver);

        keys.sendKeys(Keys.TAB).perform();
        assertThat(active(b)).isEqualTo("skip-link"); // the first stop skips the navigation
        for (String question : new String[] {"pain-now", "pain-average-week", "pain-worst-week"}) {
            tabUntil(b, keys, "input[name='" + question + "']");
            keys.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform(); // 0 → 3: arrows choose within a scale
            assertThat(b.js("return document.querySelector(\"input[name='" + question + "']:checked\").value")).isEqualTo("3");
        }
        tabUntil(b, keys, "main form button[type=submit]");
        String before = b.path();
        keys.sendKeys(Keys.ENTER).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(10)).until(d -> !b.path().equals(before));
    }

    /** The class of the focused element, or its tag when it has none. */
    private static String active(Browser b) {
        return (String) b.js("const e = document.activeElement; return e.className || e.tagName;");
    }

    /** Presses Tab until the focused element matches the selector (at most 80 times). */
    private static void tabUntil(Browser b, Actions keys, String selector) {
        for (int i = 0; i < 80; i++) {
            if ((Boolean) b.js("return document.activeElement.matches(arguments[0]);", selector)) return;
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static void timeABreathHold(Browser b) {
        b.open("/self-tests/breath-hold");
        assertThat(b.find("[data-timer]").getAttribute("hidden")).isNull(); // the script revealed the timer
        String before = b.find("[data-testid=timer-digits]").getText();
        b.click("[data-testid=timer-start]");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !before.equals(b.find("[data-testid=timer-digits]").getText()));
        b.click("[data-testid=timer-stop]");
        assertThat(b.find("[data-testid=timer-digits]").getText()).matches("\\d+:\\d\\d");
    }

    private static void measureCraniovertebralAngleFromAPhoto(Browser b) throws Exception {
        b.open("/self-tests/cva-photo");
        b.find("[data-testid=cva-file]").sendKeys(sidePhoto().toAbsolutePath().toString());
        WebElement canvas = b.find("[data-testid=cva-canvas]");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(5))
                .until(d -> canvas.getSize().getWidth() > 50);
        int w = canvas.getSize().getWidth();
        int h = canvas.getSize().getHeight();
        // Tap C7 low on the left, then the tragus up and to the right: a clearly positive angle.
        new Actions(b.driver).moveToElement(canvas, -w / 4, h / 4).click().perform();
        new Actions(b.driver).moveToElement(canvas, w / 8, -h / 8).click().perform();
        String angle = b.find("#craniovertebralAngleDeg").getAttribute("value");
        b.screenshots("08-cva-photo");
        assertAccessible(b, "cva-photo");
        assertThat(angle).isNotBlank();
        double degrees = Double.parseDouble(angle);
        assertThat(degrees).isBetween(20.0, 80.0);
        b.clickAndLoad("[data-testid=save]");
        assertThat(b.path()).isNotEqualTo("/self-tests/cva-photo");
    }

    /** axe-core finds no serious or critical accessibility problems on the page (docs/ui.md). */
    private static void assertAccessible(Browser b, String page) {
        assertThat(b.accessibilityViolations()).as("serious accessibility violations on " + page).isEmpty();
    }

    /** Picks the given option where it exists, else a middle option, on every radio group; fills text and number fields. */
    private static void answerEveryQuestion(Browser b, String preferred) {
        b.js("""
                const preferred = arguments[0];
                document.querySelectorAll('main form fieldset').forEach(fs => {
                  const radios = [...fs.querySelectorAll('input[type=radio]')];
                  if (!radios.length) return;
                  const pick = radios.find(r => r.value === preferred) || radios.find(r => r.value === '20-34')
                      || radios[Math.min(2, radios.length - 1)];
                  pick.click();
                });
                document.querySelectorAll('main form input[type=text]').forEach((t, i) => { t.value = 'Carrying shopping ' + (i + 1); });
                """, preferred);
    }

    /** A plain side-view test image: the tool only needs something to draw on. */
    private static Path sidePhoto() throws Exception {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8E2D6));
        g.fillRect(0, 0, 600, 800);
        g.setColor(new Color(0x6B7F7A));
        g.fillOval(260, 120, 180, 220);
        g.fillRect(240, 330, 140, 400);
        g.dispose();
        Path file = Files.createTempFile("side-photo", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
