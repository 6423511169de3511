package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendSeriesTest {

    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    static TrendPoint p(int daysAgo, double value) {
        return new TrendPoint(TODAY.minusDays(daysAgo), value);
    }

    @Test
    void dailySeriesHasOneEntryPerDayWithNullsForMissingDays() {
        TrendSeries s = TrendSeries.daily(List.of(p(6, 4), p(4, 5), p(0, 3), p(10, 9)), TODAY.minusDays(6), TODAY);
        assertThat(s.labels()).containsExactly("2024-06-24", "2024-06-25", "2024-06-26", "2024-06-27", "2024-06-28", "2024-06-29", "2024-06-30");
        assertThat(s.values()).containsExactly(4.0, null, 5.0, null, null, null, 3.0);
        assertThat(s.counts()).containsExactly(1, 0, 1, 0, 0, 0, 1);
        assertThat(s.daysOfData()).isEqualTo(3);
        assertThat(s.mean()).isEqualTo(4.0);
        assertThat(s.resolution()).isEqualTo(TrendResolution.DAILY);
    }

    @Test
    void weeklyBucketsEndOnTheLastDayAndAverageTheDaysWithData() {
        // 10 days: buckets [from, from+2] and [to-6, to]
        TrendSeries s = TrendSeries.weekly(List.of(p(9, 2), p(8, 4), p(6, 6), p(0, 8)), TODAY.minusDays(9), TODAY);
        assertThat(s.labels()).containsExactly("2024-06-21", "2024-06-24");
        assertThat(s.values()).containsExactly(3.0, 7.0);
        assertThat(s.counts()).containsExactly(2, 2);
        assertThat(s.indexOf(TODAY.minusDays(7))).isZero();
        assertThat(s.indexOf(TODAY.minusDays(6))).isEqualTo(1);
    }

    @Test
    void weeksWithoutDataAreNull() {
        TrendSeries s = TrendSeries.weekly(List.of(p(0, 1)), TODAY.minusDays(13), TODAY);
        assertThat(s.values()).containsExactly(null, 1.0);
        assertThat(s.counts()).containsExactly(0, 1);
    }

    @Test
    void windowsChooseTheirRangeAndResolution() {
        assertThat(TrendSeries.forWindow(List.of(), TrendWindow.DAYS_30, TODAY).labels()).hasSize(30).endsWith("2024-06-30");
        assertThat(TrendSeries.forWindow(List.of(), TrendWindow.DAYS_90, TODAY).labels()).hasSize(90);
        TrendSeries year = TrendSeries.forWindow(List.of(p(0, 2)), TrendWindow.DAYS_365, TODAY);
        assertThat(year.resolution()).isEqualTo(TrendResolution.WEEKLY);
        assertThat(year.labels()).hasSize(53).first().isEqualTo(TODAY.minusDays(364).toString());
        assertThat(year.mean()).isEqualTo(2.0);
    }

    @Test
    void markersArePlacedOnTheirEntriesAndThoseOutsideAreDropped() {
        TrendSeries s = TrendSeries.forWindow(List.of(), TrendWindow.DAYS_7, TODAY).withMarkers(List.of(
                TrendMarker.phaseChange(TODAY.minusDays(2), "Phase 2: build"), TrendMarker.flare(TODAY.minusDays(5)),
                TrendMarker.flare(TODAY.minusDays(30))));
        assertThat(s.markers()).containsExactly(
                new TrendSeries.PlacedMarker(1, "2024-06-25", TODAY.minusDays(5), TrendMarker.Kind.FLARE, "Flare"),
                new TrendSeries.PlacedMarker(4, "2024-06-28", TODAY.minusDays(2), TrendMarker.Kind.PHASE_CHANGE, "Phase 2: build"));
    }

    @Test
    void weeklyMarkersFallInTheirWeek() {
        TrendSeries s = TrendSeries.weekly(List.of(), TODAY.minusDays(13), TODAY).withMarkers(TrendMarker.flares(List.of(TODAY.minusDays(10))));
        assertThat(s.markers()).singleElement().satisfies(m -> {
            assertThat(m.index()).isZero();
            assertThat(m.at()).isEqualTo("2024-06-17");
        });
    }

    @Test
    void anyDailyMetricCanBeCharted() {
        record Day(LocalDate date, Double sleepHours) {
        }
        List<TrendPoint> points = TrendPoint.of(List.of(new Day(TODAY, 6.5), new Day(TODAY.minusDays(1), null)), Day::date, Day::sleepHours);
        assertThat(points).containsExactly(new TrendPoint(TODAY, 6.5));
    }

    @Test
    void rejectsTwoValuesForOneDay() {
        assertThatThrownBy(() -> TrendSeries.daily(List.of(p(1, 2), p(1, 3)), TODAY.minusDays(6), TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one value per day");
    }

    @Test
    void rejectsABackwardsRange() {
        assertThatThrownBy(() -> TrendSeries.daily(List.of(), TODAY, TODAY.minusDays(1))).hasMessageContaining("from and to");
    }

    @Test
    void windowParsingAcceptsTheFourWindowsOnly() {
        assertThat(TrendWindow.parse("7d")).isEqualTo(TrendWindow.DAYS_7);
        assertThat(TrendWindow.parse(" 365D ").days()).isEqualTo(365);
        assertThatThrownBy(() -> TrendWindow.parse("14d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("window: must be one of 7d, 30d, 90d, 365d, was '14d'");
        assertThatThrownBy(() -> TrendWindow.parse(null)).hasMessageContaining("was nothing");
        assertThat(TrendWindow.DAYS_7.from(TODAY)).isEqualTo(TODAY.minusDays(6));
    }

    @Test
    void adherenceIsAPercentagePerComponent() {
        List<TrendAdherenceRow> rows = List.of(
                new TrendAdherenceRow(TODAY, "movement", 2, 1),
                new TrendAdherenceRow(TODAY.minusDays(1), "movement", 2, 2),
                new TrendAdherenceRow(TODAY.minusDays(1), "relaxation", 1, 3),
                new TrendAdherenceRow(TODAY.minusDays(2), "strength", 0, 0),
                new TrendAdherenceRow(TODAY.minusDays(40), "strength", 3, 0));
        TrendAdherence a = TrendAdherence.forWindow(rows, TrendWindow.DAYS_30, TODAY);
        assertThat(a.components()).containsExactly(
                new TrendAdherence.Component("movement", 4, 3, 75),
                new TrendAdherence.Component("relaxation", 1, 1, 100),
                new TrendAdherence.Component("strength", 0, 0, null));
        assertThat(a.planned()).isEqualTo(5);
        assertThat(a.done()).isEqualTo(4);
        assertThat(a.percent()).isEqualTo(80);
    }

    @Test
    void adherenceRowsRejectNegativeCounts() {
        assertThatThrownBy(() -> new TrendAdherenceRow(TODAY, "movement", -1, 0)).hasMessageContaining("planned");
        assertThatThrownBy(() -> new TrendAdherenceRow(TODAY, " ", 1, 0)).hasMessageContaining("component");
    }
}
