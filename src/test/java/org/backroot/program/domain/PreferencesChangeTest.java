package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreferencesChangeTest {

    @Test
    void saysWhatChangedAndWhatItWasAndThatTheWeekWasRemade() {
        assertThat(PreferencesChange.describe(new Preferences(15, 5), new Preferences(20, 3), true))
                .isEqualTo("Saved: up to 20 minutes a day (was 15 minutes) and 3 days a week (was 5)."
                        + " Your plan for this week was made again from today to fit.");
    }

    @Test
    void namesOnlyWhatChanged() {
        assertThat(PreferencesChange.describe(new Preferences(15, 5), new Preferences(15, 1), true))
                .startsWith("Saved: 1 day a week (was 5).");
    }

    @Test
    void beforeTheFirstPlanItSaysTheNextPlanWillFit() {
        assertThat(PreferencesChange.describe(null, new Preferences(10, 4), false))
                .isEqualTo("Saved: up to 10 minutes a day and 4 days a week. Your next plan will fit this.");
    }

    @Test
    void nothingChangedIsSaidPlainly() {
        assertThat(PreferencesChange.describe(new Preferences(15, 5), new Preferences(15, 5), false))
                .isEqualTo("Nothing changed: your plan already asks for up to 15 minutes a day on 5 days a week.");
    }
}
