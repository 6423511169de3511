package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    /** 60 calm days at pain 3, then the last {@code rising} days climbing and sleeping short. */
    private static List<DayRecord> history(int rising, double recentSleep) {
        List<DayRecord> days = new ArrayList<>();
        for (int back = 59; back >= 0; back--) {
            boolean recent = back < rising;
            int pain = recent ? 3 + (rising - back) : 3;
            days.add(new DayRecord(TODAY.minusDays(back), Math.min(10, pain), 4, recent ? recentSleep : 7.5, 6, 30,
                    6000, 5.0, 6, 0.0, false, 0.8));
        }
        return days;
    }

    @Test
    void calmWeeksGiveLowRiskAndNoAlarm() {
        RiskAssessment a = RiskModel.flareRisk7d(history(0, 7.5), List.of(), TODAY);

        assertThat(a.level()).isEqualTo(RiskLevel.LOW);
        assertThat(a.drivers()).isEmpty();
        assertThat(a.advice()).isEqualTo("Nothing stands out right now. Keep doing what works for you.");
    }

    @Test
    void risingPainAndShortNightsRaiseTheRiskAndAreNamed() {
        RiskAssessment a = RiskModel.flareRisk7d(history(4, 5.0), List.of(), TODAY);

        assertThat(a.flareRisk7d()).isGreaterThan(2 * RiskModel.flareRisk7d(history(0, 7.5), List.of(), TODAY).flareRisk7d());
        assertThat(a.level()).isEqualTo(RiskLevel.ELEVATED);
        assertThat(a.drivers()).extracting(RiskDriver::name).contains("painRising", "painAboveUsual");
        assertThat(a.advice()).contains("pain has been building");
    }

    @Test
    void shortSleepAloneLeadsTheAdviceWhenItIsTheMainSign() {
        RiskAssessment a = RiskModel.flareRisk7d(history(0, 7.5).stream()
                .map(d -> d.date().isAfter(TODAY.minusDays(5)) ? withSleep(d, 5.0) : d).toList(), List.of(), TODAY);

        assertThat(a.drivers()).extracting(RiskDriver::name).containsExactly("shortSleep");
        assertThat(a.advice()).isEqualTo(
                "Your sleep has been short 5 of the last 5 nights; an earlier wind-down tonight may help.");
    }

    @Test
    void ignoresDaysAfterToday() {
        List<DayRecord> withFuture = new ArrayList<>(history(0, 7.5));
        withFuture.add(new DayRecord(TODAY.plusDays(1), 9, 9, 3.0, 1, 0, 100, 12.0, 1, 6.0, true, 0.0));

        assertThat(RiskModel.flareRisk7d(withFuture, List.of(), TODAY))
                .isEqualTo(RiskModel.flareRisk7d(history(0, 7.5), List.of(), TODAY));
    }

    @Test
    void rejectsMissingHistory() {
        assertThatThrownBy(() -> RiskModel.flareRisk7d(null, List.of(), TODAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history");
    }

    private static DayRecord withSleep(DayRecord d, double hours) {
        return new DayRecord(d.date(), d.pain(), d.stress(), hours, d.sleepQuality(), d.activeMinutes(), d.steps(),
                d.sittingHours(), d.dietQuality(), d.alcoholUnits(), d.flare(), d.adherence());
    }
}
