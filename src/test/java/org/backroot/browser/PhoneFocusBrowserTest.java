package org.backroot.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * On a phone the tab bar is fixed to the bottom of the screen. Moving through the check-in with the keyboard
 * (or a switch, or a screen reader's focus) must never leave the focused control underneath it.
 */
class PhoneFocusBrowserTest extends BrowserTestSupport {

    /** The focused control's box (its label's when the control sits inside one), when the tab bar covers part of it. */
    private static final String COVERED = """
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const box = (el.closest('label') || el).getBoundingClientRect();
            const bar = document.querySelector('.site-nav').getBoundingClientRect();
            if (box.bottom <= bar.top || box.top >= bar.bottom) return null;
            return (el.id || el.name || el.tagName) + ' bottom ' + Math.round(box.bottom) + ' > bar top ' + Math.round(bar.top);
            """;

    @Test
    void noFocusedCheckInControlIsHiddenUnderTheTabBarAt375Px() {
        Browser b = browser();
        b.signOut();
        b.open("/register");
        b.type("#displayName", "Noor");
        b.type("#email", "focus-" + UUID.randomUUID() + "@example.org");
        b.type("#password", "a long enough password");
        b.clickAndLoad("main form button[type=submit]");

        b.driver.manage().window().setSize(new Dimension(Browser.PHONE, 700));
        b.open("/checkin");
        b.js("document.querySelector('main details').open = true; window.scrollTo(0, 0); document.activeElement.blur();");
        Actions keys = new Actions(b.driver);
        List<String> covered = new ArrayList<>();
        int stops = 0;
        for (int i = 0; i < 80; i++) {
            keys.sendKeys(Keys.TAB).perform();
            if (!(Boolean) b.js("return !!document.activeElement.closest('main');")) {
                if (stops > 0) break; // past the form: the bar's own links come next
                continue;
            }
            stops++;
            Object hidden = b.js(COVERED);
            if (hidden != null) covered.add(hidden.toString());
        }
        b.width(Browser.PHONE);
        assertThat(stops).as("focus stops in the check-in form").isGreaterThan(15);
        assertThat(covered).as("controls under the tab bar when focused").isEmpty();
    }
}
