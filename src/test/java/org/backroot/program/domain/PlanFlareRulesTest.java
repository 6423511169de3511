package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tests of {@link FlareRules} (named Plan* so it runs with the plan tests). */
class PlanFlareRulesTest {

    static final FlareRules RULES = FlareRules.DEFAULT;
    static final LocalDate DAY1 = LocalDate.of(2026, 5, 1);

    /** 14 days at pain 3 from DAY1. */
    static List<PlanCheckin> usual() {
        List<PlanCheckin> c = new ArrayList<>();
        for (int i = 0; i < 14; i++) c.add(new PlanCheckin(DAY1.plusDays(i), 3, false));
        return c;
    }

    static List<PlanCheckin> with(List<PlanCheckin> base, PlanCheckin... more) {
        List<PlanCheckin> c = new ArrayList<>(base);
        c.addAll(List.of(more));
        return c;
    }

    @Test
    void baselineIsTheMeanOfTheFourteenDaysBefore() {
        List<PlanCheckin> c = with(usual(), new PlanCheckin(DAY1.plusDays(14), 9, false));
        assertThat(RULES.baseline(c, DAY1.plusDays(14))).contains(3.0);
        assertThat(RULES.baseline(c, DAY1.plusDays(2))).isEmpty(); // only 2 check-ins before
    }

    @Test
    void aCheckinMarkedFlareSwitchesToCalm() {
        LocalDate today = DAY1.plusDays(14);
        var change = RULES.check(Phase.STRENGTHEN, null, with(usual(), new PlanCheckin(today, 3, true)), today);
        assertThat(change).get().satisfies(c -> {
            assertThat(c.from()).isEqualTo(Phase.STRENGTHEN);
            assertThat(c.to()).isEqualTo(Phase.CALM);
            assertThat(c.date()).isEqualTo(today);
            assertThat(c.cause()).contains("You marked 15 May as a flare");
        });
    }

    @Test
    void painTwoAboveBaselineSwitchesToCalmButOneAboveDoesNot() {
        LocalDate today = DAY1.plusDays(14);
        assertThat(RULES.check(Phase.BUILD, null, with(usual(), new PlanCheckin(today, 5, false)), today)).get()
                .satisfies(c -> assertThat(c.cause()).contains("was 5/10, 2 or more above your usual 3"));
        assertThat(RULES.check(Phase.BUILD, null, with(usual(), new PlanCheckin(today, 4, false)), today)).isEmpty();
    }

    @Test
    void withoutEnoughHistoryOnlyTheFlareMarkCounts() {
        List<PlanCheckin> c = List.of(new PlanCheckin(DAY1, 1, false), new PlanCheckin(DAY1.plusDays(1), 9, false));
        assertThat(RULES.check(Phase.BUILD, null, c, DAY1.plusDays(1))).isEmpty();
    }

    @Test
    void leavesCalmAfterTwoDaysNearTheBaselineAndResumesOneLevelLower() {
        LocalDate flare = DAY1.plusDays(14);
        PhaseChange entered = new PhaseChange(Phase.STRENGTHEN, Phase.CALM, "Flare.", flare);
        List<PlanCheckin> c = with(usual(), new PlanCheckin(flare, 7, true), new PlanCheckin(flare.plusDays(1), 6, false),
                new PlanCheckin(flare.plusDays(2), 4, false), new PlanCheckin(flare.plusDays(3), 4, false));
        assertThat(RULES.check(Phase.CALM, entered, c, flare.plusDays(2))).isEmpty(); // only one settled day
        assertThat(RULES.check(Phase.CALM, entered, c, flare.plusDays(3))).get().satisfies(ch -> {
            assertThat(ch.from()).isEqualTo(Phase.CALM);
            assertThat(ch.to()).isEqualTo(Phase.STRENGTHEN);
            assertThat(ch.levelShift()).isEqualTo(-1);
            assertThat(ch.cause()).contains("near your usual level (about 3/10) for 2 days in a row").contains("one level easier");
        });
    }

    @Test
    void staysInCalmWhileADayIsMissingOrStillHigh() {
        LocalDate flare = DAY1.plusDays(14);
        PhaseChange entered = new PhaseChange(Phase.BUILD, Phase.CALM, "Flare.", flare);
        List<PlanCheckin> missing = with(usual(), new PlanCheckin(flare, 7, true), new PlanCheckin(flare.plusDays(2), 3, false));
        assertThat(RULES.check(Phase.CALM, entered, missing, flare.plusDays(2))).isEmpty();
        List<PlanCheckin> high = with(usual(), new PlanCheckin(flare, 7, true), new PlanCheckin(flare.plusDays(1), 5, false),
                new PlanCheckin(flare.plusDays(2), 3, false));
        assertThat(RULES.check(Phase.CALM, entered, high, flare.plusDays(2))).isEmpty();
    }

    @Test
    void replayRecordsEveryPhaseChangeWithItsCause() {
        LocalDate flare = DAY1.plusDays(14);
        List<PlanCheckin> c = with(usual(), new PlanCheckin(flare, 6, false), new PlanCheckin(flare.plusDays(1), 5, true),
                new PlanCheckin(flare.plusDays(2), 3, false), new PlanCheckin(flare.plusDays(3), 4, false),
                new PlanCheckin(flare.plusDays(4), 3, false));
        List<PhaseChange> changes = RULES.replay(Phase.BUILD, c, flare.plusDays(4));
        assertThat(changes).extracting(PhaseChange::to).containsExactly(Phase.CALM, Phase.BUILD);
        assertThat(changes).extracting(PhaseChange::date).containsExactly(flare, flare.plusDays(3));
        assertThat(changes).allSatisfy(ch -> assertThat(ch.cause()).isNotBlank());
    }
}
