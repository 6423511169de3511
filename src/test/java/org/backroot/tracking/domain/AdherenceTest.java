package org.backroot.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdherenceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static PlannedItem plan(int day, String activity, String component) {
        return new PlannedItem(MONDAY.plusDays(day), activity, component);
    }

    private static PracticeEntry did(int day, String activity) {
        return new PracticeEntry(MONDAY.plusDays(day), activity, true, 2, null, null, null, null, null, null);
    }

    private static PracticeEntry stopped(int day, String activity) {
        return new PracticeEntry(MONDAY.plusDays(day), activity, false, 6, null, null, null, null, null, null);
    }

    @Test
    void countsAPlannedItemDoneWhenCompletedThatDay() {
        List<PlannedItem> planned = List.of(plan(0, "cat-camel", "movement"), plan(0, "box-breathing", "breathing"),
                plan(1, "cat-camel", "movement"), plan(2, "cat-camel", "movement"));
        List<PracticeEntry> entries = List.of(did(0, "cat-camel"), did(0, "box-breathing"), stopped(1, "cat-camel"),
                did(3, "cat-camel"));

        AdherenceReport report = Adherence.over(MONDAY, MONDAY.plusDays(6), planned, entries);

        assertThat(report.total()).isEqualTo(new AdherenceTally(4, 2));
        assertThat(report.total().ratio()).isEqualTo(0.5);
        assertThat(report.total().percent()).isEqualTo(50);
        assertThat(report.component("movement")).isEqualTo(new AdherenceTally(3, 1));
        assertThat(report.component("breathing")).isEqualTo(new AdherenceTally(1, 1));
        assertThat(report.byComponent()).containsOnlyKeys("breathing", "movement");
    }

    @Test
    void unplannedOrExtraPracticeDoesNotRaiseAdherenceAboveOne() {
        List<PlannedItem> planned = List.of(plan(0, "cat-camel", "movement"));
        List<PracticeEntry> entries = List.of(did(0, "cat-camel"), did(0, "cat-camel"), did(0, "walk-10"));

        AdherenceReport report = Adherence.over(MONDAY, MONDAY, planned, entries);

        assertThat(report.total()).isEqualTo(new AdherenceTally(1, 1));
    }

    @Test
    void anItemPlannedTwiceADayNeedsTwoEntries() {
        List<PlannedItem> planned = List.of(plan(0, "walk-10", "movement"), plan(0, "walk-10", "movement"));

        AdherenceReport report = Adherence.over(MONDAY, MONDAY, planned, List.of(did(0, "walk-10")));

        assertThat(report.total()).isEqualTo(new AdherenceTally(2, 1));
    }

    @Test
    void splitsTheRangeIntoWeeksFromTheFirstDay() {
        List<PlannedItem> planned = List.of(plan(0, "a", "movement"), plan(6, "a", "movement"), plan(7, "a", "movement"),
                plan(15, "b", "stress"));
        List<PracticeEntry> entries = List.of(did(0, "a"), did(6, "a"), did(15, "b"));

        AdherenceReport report = Adherence.over(MONDAY, MONDAY.plusDays(15), planned, entries);

        assertThat(report.weeks()).hasSize(3);
        assertThat(report.weeks().get(0).total()).isEqualTo(new AdherenceTally(2, 2));
        assertThat(report.weeks().get(1).total()).isEqualTo(new AdherenceTally(1, 0));
        assertThat(report.weeks().get(2).from()).isEqualTo(MONDAY.plusDays(14));
        assertThat(report.weeks().get(2).to()).isEqualTo(MONDAY.plusDays(15));
        assertThat(report.weeks().get(2).byComponent()).containsOnlyKeys("stress");
    }

    @Test
    void aWeekWithNothingPlannedHasNoRatioRatherThanZero() {
        AdherenceReport report = Adherence.over(MONDAY, MONDAY.plusDays(6), List.of(), List.of(did(1, "a")));

        assertThat(report.total().ratio()).isNull();
        assertThat(report.total().percent()).isNull();
        assertThat(report.total().atLeast(0.7)).isFalse();
        assertThat(report.component("movement")).isEqualTo(AdherenceTally.NONE);
    }

    @Test
    void ignoresPlansAndPracticeOutsideTheRange() {
        List<PlannedItem> planned = List.of(plan(-1, "a", "movement"), plan(1, "a", "movement"), plan(8, "a", "movement"));

        AdherenceReport report = Adherence.over(MONDAY, MONDAY.plusDays(6), planned, List.of(did(-1, "a"), did(8, "a")));

        assertThat(report.total()).isEqualTo(new AdherenceTally(1, 0));
    }

    @Test
    void seventyPercentIsReachedAtSevenOfTen() {
        assertThat(new AdherenceTally(10, 7).atLeast(0.7)).isTrue();
        assertThat(new AdherenceTally(10, 6).atLeast(0.7)).isFalse();
    }

    @Test
    void rejectsABackwardsOrHugeRange() {
        assertThatThrownBy(() -> Adherence.over(MONDAY, MONDAY.minusDays(1), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Adherence.over(MONDAY, MONDAY.plusYears(20), List.of(), List.of()))
                .hasMessageContaining("at most 3660 days");
    }
}
