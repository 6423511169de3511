package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.tracking.domain.FlareEvidence;
import org.junit.jupiter.api.Test;

/** Tests of {@link CalmRules} and {@link CalmSchedule} (named Plan* so it runs with the plan tests). */
class PlanCalmRulesTest {

    static final LocalDate D = LocalDate.of(2026, 4, 1);
    static final CalmRules RULES = CalmRules.defaults();

    static List<FlareEvidence> pains(LocalDate from, int... pains) {
        List<FlareEvidence> days = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) days.add(FlareEvidence.of(from.plusDays(i), pains[i], false));
        return days;
    }

    @Test
    void oneRaisedDayDoesNotSwitchButTwoInARowDo() {
        List<FlareEvidence> days = pains(D, 3, 3, 3, 3, 6, 6);

        assertThat(RULES.check(Phase.BUILD, null, days, D.plusDays(4))).isEmpty();
        PhaseChange change = RULES.check(Phase.BUILD, null, days, D.plusDays(5)).orElseThrow();
        assertThat(change.to()).isEqualTo(Phase.CALM);
        assertThat(change.cause()).contains("2 days in a row");
    }

    @Test
    void aReportedFlareOrAYesAnswerSwitchesAtOnceAndSaysWhy() {
        List<FlareEvidence> reported = new ArrayList<>(pains(D, 3, 3, 3));
        reported.add(FlareEvidence.of(D.plusDays(3), 4, true));
        List<FlareEvidence> confirmed = new ArrayList<>(pains(D, 3, 3, 3));
        confirmed.add(new FlareEvidence(D.plusDays(3), 6, false, true));

        assertThat(RULES.check(Phase.STRENGTHEN, null, reported, D.plusDays(3)).orElseThrow().cause()).startsWith("You marked");
        assertThat(RULES.check(Phase.STRENGTHEN, null, confirmed, D.plusDays(3)).orElseThrow().cause()).startsWith("You told us");
    }

    @Test
    void aNoAnswerIsRememberedAndNothingSwitches() {
        List<FlareEvidence> days = new ArrayList<>(pains(D, 3, 3, 3));
        days.add(new FlareEvidence(D.plusDays(3), 6, false, false));
        days.add(new FlareEvidence(D.plusDays(4), 6, false, false));

        assertThat(RULES.check(Phase.BUILD, null, days, D.plusDays(3))).isEmpty();
        assertThat(RULES.check(Phase.BUILD, null, days, D.plusDays(4))).isEmpty();
    }

    @Test
    void calmEndsAfterFourteenDaysEvenWhenPainStaysUpAndResumesAtTheSameLevels() {
        PhaseChange entered = new PhaseChange(Phase.STRENGTHEN, Phase.CALM, "flare", D);
        List<FlareEvidence> days = pains(D.minusDays(5), 3, 3, 3, 3, 3, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6);

        assertThat(RULES.check(Phase.CALM, entered, days, D.plusDays(13))).isEmpty();
        PhaseChange out = RULES.check(Phase.CALM, entered, days, D.plusDays(14)).orElseThrow();
        assertThat(out.to()).isEqualTo(Phase.STRENGTHEN);
        assertThat(out.levelShift()).isZero();
        assertThat(out.cause()).contains("14 days").contains("clinician").contains("safety questions");
    }

    @Test
    void calmEndsSoonerOnceTwoDaysAreNearTheUsualLevel() {
        PhaseChange entered = new PhaseChange(Phase.BUILD, Phase.CALM, "flare", D.plusDays(3));
        List<FlareEvidence> days = pains(D, 3, 3, 3, 7, 5, 4, 3);

        assertThat(RULES.check(Phase.CALM, entered, days, D.plusDays(5))).isEmpty();
        Optional<PhaseChange> out = RULES.check(Phase.CALM, entered, days, D.plusDays(6));
        assertThat(out).map(PhaseChange::to).contains(Phase.BUILD);
        assertThat(out.orElseThrow().levelShift()).isZero();
    }

    @Test
    void aFlareThatSettlesOnAHigherPlateauLeavesCalmAndTheBaselineRollsForward() {
        List<FlareEvidence> days = new ArrayList<>(pains(D, 3, 3, 3, 3, 3, 3, 3));
        days.add(FlareEvidence.of(D.plusDays(7), 7, true));
        for (int i = 8; i < 50; i++) days.add(FlareEvidence.of(D.plusDays(i), 5, false));

        List<PhaseChange> changes = RULES.replay(Phase.BUILD, days, D.plusDays(49));

        assertThat(changes).extracting(PhaseChange::to).containsExactly(Phase.CALM, Phase.BUILD);
        assertThat(changes.get(1).date()).isEqualTo(D.plusDays(21));
    }

    @Test
    void theTaperEasesOnlyLoadedMovementAndExposureForAWeek() {
        PhaseChange out = new PhaseChange(Phase.CALM, Phase.BUILD, "settled", D);
        PlanHistory h = new PlanHistory(Map.of("stress", 1), java.util.Set.of());

        PlanHistory during = CalmSchedule.DEFAULT.taper(out, D.plusDays(6), h);
        PlanHistory after = CalmSchedule.DEFAULT.taper(out, D.plusDays(7), h);

        assertThat(during.levelShifts()).containsOnly(Map.entry("stress", 1), Map.entry("movement", -1), Map.entry("exposure", -1));
        assertThat(during.bandShift(PlanHistory.WALKING, null)).isZero();
        assertThat(during.bandShift("breathing", null)).isZero();
        assertThat(after).isEqualTo(h);
    }
}
