package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DoseTextTest {

    private static ActivityDose dose(Integer sets, Integer reps, Integer holdSec, Integer durationMin, Integer timesPerDay, Integer daysPerWeek) {
        return new ActivityDose(sets, reps, holdSec, durationMin, false, null, null, null, null, timesPerDay, daysPerWeek);
    }

    @Test
    void aFrequencyIsSaidOnceInPlainWords() {
        assertThat(DoseText.frequency(1, null)).isEqualTo("once a day");
        assertThat(DoseText.frequency(2, null)).isEqualTo("twice a day");
        assertThat(DoseText.frequency(6, 7)).isEqualTo("6 times a day");
        assertThat(DoseText.frequency(1, 7)).isEqualTo("every day");
        assertThat(DoseText.frequency(null, 7)).isEqualTo("every day");
        assertThat(DoseText.frequency(1, 1)).isEqualTo("once a week");
        assertThat(DoseText.frequency(null, 1)).isEqualTo("once a week");
        assertThat(DoseText.frequency(1, 5)).isEqualTo("on 5 days a week");
        assertThat(DoseText.frequency(2, 5)).isEqualTo("twice a day on 5 days a week");
        assertThat(DoseText.frequency(3, 1)).isEqualTo("3 times a day, one day a week");
        assertThat(DoseText.frequency(null, null)).isEmpty();
    }

    @Test
    void thePlanLineNeverRepeatsTheTimeOrTheFrequency() {
        // "5 minutes · 5 minutes, twice a day": the session's time is said once, with how often.
        assertThat(DoseText.plan(dose(null, null, null, 5, 2, null), 5)).isEqualTo("5 minutes, twice a day");
        // "4 minutes · 3 minutes": a single session's time is the item's own minutes, not said again.
        assertThat(DoseText.plan(dose(1, null, null, 3, null, null), 3)).isEqualTo("As described in the steps");
        // "5 times, 6 times a day"
        assertThat(DoseText.plan(dose(null, 5, null, null, 6, null), 1)).isEqualTo("5 repetitions, about 1 minute each time, 6 times a day");
        // "Once, once a week" and "Once a day, every day"
        assertThat(DoseText.plan(dose(null, null, null, null, 1, 1), 2)).isEqualTo("Once a week");
        assertThat(DoseText.plan(dose(null, null, null, null, 1, 7), 2)).isEqualTo("Every day");
        assertThat(DoseText.plan(dose(null, null, null, null, 1, 5), 5)).isEqualTo("On 5 days a week");
        assertThat(DoseText.plan(dose(null, null, null, null, 5, null), 1)).isEqualTo("1 minute, 5 times a day");
        assertThat(DoseText.plan(dose(2, 10, 3, null, null, null), 4)).isEqualTo("2 sets of 10, hold 3 s each");
        assertThat(DoseText.plan(dose(null, 8, null, null, null, null), 3)).isEqualTo("8 repetitions");
    }

    @Test
    void theActivityPageListsTheSameParts() {
        assertThat(DoseText.parts(dose(null, 5, null, null, 3, null))).containsExactly("5 repetitions", "3 times a day");
        assertThat(DoseText.parts(new ActivityDose(2, 8, null, null, true, null, null, null, 45, null, null)))
                .containsExactly("2 sets of 8 on each side", "rest 45 s between sets");
        assertThat(DoseText.parts(new ActivityDose(null, null, null, 5, false, 6.0, 4, 6, null, 2, null)))
                .containsExactly("5 minutes", "breathe in 4 s, out 6 s (about 6 breaths a minute)", "twice a day");
    }

    @Test
    void aDayCountsAnItemAsOftenAsItIsDone() {
        assertThat(DoseText.minutesPerDay(5, dose(null, null, null, 5, 2, null))).isEqualTo(10);
        assertThat(DoseText.minutesPerDay(1, dose(null, null, null, null, 6, null))).isEqualTo(6);
        assertThat(DoseText.minutesPerDay(4, dose(2, 10, null, null, null, null))).isEqualTo(4);
    }
}
