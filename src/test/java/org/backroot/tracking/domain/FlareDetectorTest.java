package org.backroot.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backroot.tracking.domain.CheckIns.daily;
import static org.backroot.tracking.domain.CheckIns.flareReported;
import static org.backroot.tracking.domain.CheckIns.pain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlareDetectorTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 14);
    private final FlareDetector detector = new FlareDetector();

    @Test
    void baselineIsTheMeanOfTheFourteenDaysBefore() {
        List<CheckIn> history = daily(DAY.minusDays(14), 2, 3, 4, 3, 2, 3, 4, 3, 2, 3, 4, 3, 2, 4);

        Baseline b = Baseline.before(DAY, history).orElseThrow();

        assertThat(b.pain()).isEqualTo(42.0 / 14);
        assertThat(b.days()).isEqualTo(14);
        assertThat(b.from()).isEqualTo(DAY.minusDays(14));
        assertThat(b.to()).isEqualTo(DAY.minusDays(1));
    }

    @Test
    void baselineIgnoresTheDayItselfAndOlderDays() {
        List<CheckIn> history = new ArrayList<>(daily(DAY.minusDays(3), 2, 2, 2));
        history.add(pain(DAY, 9));
        history.add(pain(DAY.minusDays(15), 10));

        assertThat(Baseline.before(DAY, history).orElseThrow().pain()).isEqualTo(2.0);
    }

    @Test
    void noBaselineWithFewerThanThreeDays() {
        assertThat(Baseline.before(DAY, daily(DAY.minusDays(2), 3, 3))).isEmpty();
        assertThat(Baseline.before(DAY, daily(DAY.minusDays(3), 3, 3, 3))).isPresent();
    }

    @Test
    void aRepeatedDayCountsOnce() {
        List<CheckIn> history = new ArrayList<>(daily(DAY.minusDays(3), 2, 2, 2));
        history.add(pain(DAY.minusDays(1), 5));

        Baseline b = Baseline.before(DAY, history).orElseThrow();

        assertThat(b.days()).isEqualTo(3);
        assertThat(b.pain()).isEqualTo(3.0);
    }

    @Test
    void oneDayTwoAboveBaselineAsksInsteadOfCallingAFlare() {
        FlareCall call = detector.assess(pain(DAY, 5), daily(DAY.minusDays(3), 3, 3, 3));

        assertThat(call.flare()).isFalse();
        assertThat(call.asks()).isTrue();
        assertThat(call.causes()).containsExactly(FlareCause.PAIN_ABOVE_BASELINE);
        assertThat(call.explanation()).startsWith("Your pain (5/10) was 2 or more points above your usual level "
                + "(about 3/10 over the 14 days before).");
    }

    @Test
    void twoRaisedDaysInARowAreAFlare() {
        List<FlareEvidence> days = evidence(daily(DAY.minusDays(4), 3, 3, 3, 5, 5));

        FlareCall call = detector.assess(DAY, days).orElseThrow();

        assertThat(call.flare()).isTrue();
        assertThat(call.causes()).contains(FlareCause.SUSTAINED_PAIN);
        assertThat(detector.flareDays(days)).containsExactly(DAY.minusDays(1), DAY);
    }

    @Test
    void aMissingDayBreaksTheRun() {
        List<FlareEvidence> days = evidence(daily(DAY.minusDays(5), 3, 3, 3, 6));
        List<FlareEvidence> withGap = new ArrayList<>(days);
        withGap.add(FlareEvidence.of(DAY, 6, false));

        assertThat(detector.assess(DAY, withGap).orElseThrow().asks()).isTrue();
    }

    @Test
    void aNoAnswerIsRememberedAndDoesNotCountTowardsARun() {
        List<FlareEvidence> days = new ArrayList<>(evidence(daily(DAY.minusDays(4), 3, 3, 3)));
        days.add(new FlareEvidence(DAY.minusDays(1), 6, false, false));
        days.add(FlareEvidence.of(DAY, 6, false));

        assertThat(detector.assess(DAY.minusDays(1), days).orElseThrow().verdict()).isEqualTo(FlareCall.Verdict.NONE);
        assertThat(detector.assess(DAY, days).orElseThrow().asks()).isTrue();
        assertThat(detector.flareDays(days)).isEmpty();
    }

    @Test
    void aYesAnswerMakesTheDayAFlare() {
        List<FlareEvidence> days = new ArrayList<>(evidence(daily(DAY.minusDays(3), 3, 3, 3)));
        days.add(new FlareEvidence(DAY, 5, false, true));

        FlareCall call = detector.assess(DAY, days).orElseThrow();

        assertThat(call.flare()).isTrue();
        assertThat(call.causes()).contains(FlareCause.CONFIRMED);
    }

    @Test
    void doesNotAskAboutPainJustUnderTwoAboveBaseline() {
        FlareCall call = detector.assess(pain(DAY, 5), daily(DAY.minusDays(3), 3, 3, 4));

        assertThat(call.flare()).isFalse();
        assertThat(call.asks()).isFalse();
        assertThat(call.explanation()).isEqualTo("Your pain (5/10) was less than 2 points above your usual level "
                + "(about 3.3/10 over the 14 days before).");
    }

    @Test
    void flagsAFlareThePersonReportedEvenWithUsualPain() {
        FlareCall call = detector.assess(flareReported(DAY, 3), daily(DAY.minusDays(3), 3, 3, 3));

        assertThat(call.flare()).isTrue();
        assertThat(call.causes()).containsExactly(FlareCause.REPORTED);
        assertThat(call.explanation()).startsWith("You marked this day as a flare.").endsWith("so your word counts.");
    }

    @Test
    void withoutABaselineOnlyTheReportCounts() {
        FlareCall high = detector.assess(pain(DAY, 10), List.of());
        FlareCall reported = detector.assess(flareReported(DAY, 1), List.of());

        assertThat(high.flare()).isFalse();
        assertThat(high.asks()).isFalse();
        assertThat(high.baseline()).isNull();
        assertThat(high.explanation()).contains("once you have checked in on 3 of 14 days");
        assertThat(reported.causes()).containsExactly(FlareCause.REPORTED);
    }

    @Test
    void usesConfiguredThresholds() {
        FlareDetector strict = new FlareDetector(new FlareThresholds(7, 2, 1, 1, "test"));

        FlareCall call = strict.assess(pain(DAY, 5), daily(DAY.minusDays(2), 3, 4));

        assertThat(call.flare()).isTrue();
        assertThat(call.baseline().days()).isEqualTo(2);
    }

    @Test
    void assessesEveryDayAgainstTheDaysBeforeIt() {
        List<CheckIn> days = daily(DAY.minusDays(4), 2, 2, 2, 5, 3);

        List<CheckIn> shuffled = new ArrayList<>(days);
        java.util.Collections.reverse(shuffled);

        List<FlareCall> calls = detector.assessAll(evidence(shuffled));

        assertThat(calls).extracting(FlareCall::date).containsExactly(DAY.minusDays(4), DAY.minusDays(3), DAY.minusDays(2),
                DAY.minusDays(1), DAY);
        assertThat(calls).extracting(FlareCall::verdict).containsExactly(FlareCall.Verdict.NONE, FlareCall.Verdict.NONE,
                FlareCall.Verdict.NONE, FlareCall.Verdict.ASK, FlareCall.Verdict.NONE);
    }

    @Test
    void thresholdDefaultsComeWithTheirSource() {
        FlareThresholds t = FlareThresholds.defaults();

        assertThat(t.baselineDays()).isEqualTo(14);
        assertThat(t.minBaselineDays()).isEqualTo(3);
        assertThat(t.painRise()).isEqualTo(2);
        assertThat(t.sustainedDays()).isEqualTo(2);
        assertThat(t.source()).contains("Costa").contains("Suri");
    }

    @Test
    void rejectsThresholdsThatCannotWork() {
        assertThatThrownBy(() -> new FlareThresholds(14, 15, 2, 2, "x")).hasMessageStartingWith("minBaselineDays");
        assertThatThrownBy(() -> new FlareThresholds(0, 1, 2, 2, "x")).hasMessageStartingWith("baselineDays");
        assertThatThrownBy(() -> new FlareThresholds(14, 3, 0, 2, "x")).hasMessageStartingWith("painRise");
        assertThatThrownBy(() -> new FlareThresholds(14, 3, 2, 0, "x")).hasMessageStartingWith("sustainedDays");
        assertThatThrownBy(() -> new FlareThresholds(14, 3, 2, 2, " ")).hasMessageStartingWith("source");
    }

    private static List<FlareEvidence> evidence(List<CheckIn> checkIns) {
        return checkIns.stream().map(c -> FlareEvidence.of(c, null)).toList();
    }
}
