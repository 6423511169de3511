package org.backroot.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.tracking.domain.CheckIns.daily;
import static org.backroot.tracking.domain.CheckIns.pain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInSummaryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void countsAStreakOfConsecutiveDaysEndingToday() {
        List<CheckIn> checkIns = new ArrayList<>(daily(TODAY.minusDays(4), 3, 3, 3, 3, 3));
        checkIns.add(pain(TODAY.minusDays(7), 2));

        assertThat(CheckInSummary.streak(checkIns, TODAY)).isEqualTo(5);
    }

    @Test
    void keepsYesterdaysStreakUntilTodayIsCheckedIn() {
        assertThat(CheckInSummary.streak(daily(TODAY.minusDays(3), 3, 3, 3), TODAY)).isEqualTo(3);
    }

    @Test
    void aMissedDayEndsTheStreak() {
        assertThat(CheckInSummary.streak(daily(TODAY.minusDays(4), 3, 3, 3), TODAY)).isZero();
        assertThat(CheckInSummary.streak(List.of(), TODAY)).isZero();
    }

    @Test
    void comparesTheLastSevenDaysWithTheSevenBefore() {
        List<CheckIn> checkIns = daily(TODAY.minusDays(13), 6, 6, 5, 6, 6, 5, 6, 3, 4, 3, 3, 4, 3, 3);

        PainTrend trend = CheckInSummary.painTrend(checkIns, TODAY);

        assertThat(trend.recentDays()).isEqualTo(7);
        assertThat(trend.recentMean()).isEqualTo(23.0 / 7);
        assertThat(trend.previousMean()).isEqualTo(40.0 / 7);
        assertThat(trend.direction()).isEqualTo(PainTrend.Direction.LOWER);
        assertThat(trend.summary()).isEqualTo("Your pain averaged 3.3/10 over the last 7 days, down from 5.7/10 the week before. "
                + "That is a change big enough to notice.");
    }

    @Test
    void callsASmallChangeAboutTheSame() {
        PainTrend trend = CheckInSummary.painTrend(daily(TODAY.minusDays(13), 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5), TODAY);

        assertThat(trend.change()).isEqualTo(1.0);
        assertThat(trend.direction()).isEqualTo(PainTrend.Direction.SIMILAR);
    }

    @Test
    void needsThreeDaysInEachWeekToCompare() {
        PainTrend trend = CheckInSummary.painTrend(List.of(pain(TODAY.minusDays(8), 8), pain(TODAY.minusDays(9), 8),
                pain(TODAY, 2), pain(TODAY.minusDays(1), 2), pain(TODAY.minusDays(2), 2)), TODAY);

        assertThat(trend.previousDays()).isEqualTo(2);
        assertThat(trend.change()).isNull();
        assertThat(trend.direction()).isEqualTo(PainTrend.Direction.NOT_ENOUGH_DATA);
        assertThat(trend.summary()).startsWith("Your pain averaged 2/10 over the last 7 days.");
    }

    @Test
    void saysSoWhenThereIsNothingRecent() {
        PainTrend trend = CheckInSummary.painTrend(List.of(pain(TODAY.minusDays(10), 4)), TODAY);

        assertThat(trend.recentMean()).isNull();
        assertThat(trend.summary()).isEqualTo("No check-ins in the last 7 days yet.");
    }

    @Test
    void listsMissingDaysOldestFirst() {
        List<CheckIn> checkIns = List.of(pain(TODAY, 3), pain(TODAY.minusDays(2), 3));

        assertThat(CheckInSummary.missingDays(checkIns, TODAY.minusDays(3), TODAY))
                .containsExactly(TODAY.minusDays(3), TODAY.minusDays(1));
        assertThat(CheckInSummary.daysCheckedIn(checkIns, TODAY.minusDays(3), TODAY)).isEqualTo(2);
        assertThat(CheckInSummary.latest(checkIns)).hasValueSatisfying(c -> assertThat(c.date()).isEqualTo(TODAY));
    }
}
