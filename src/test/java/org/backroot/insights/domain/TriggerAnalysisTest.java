package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerAnalysisTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private static SimPerson person(long seed, int days) {
        return new SimPerson(seed, START, days, 3.5, 1.0, 0.5, SimWeeklyRhythm.officeWorker(), 0.05, 0.7, 1.0 / 60);
    }

    @Test
    void claimsNothingWithFewerThan28Days() {
        List<DayRecord> days = Simulator.generate(person(1, 27), SimRules.of(new SimRule.SleepRule(6, 1, 3))).days();

        TriggerReport report = TriggerAnalysis.analyze(days, TriggerSettings.defaults());

        assertThat(report.daysOfData()).isEqualTo(days.size());
        assertThat(report.triggers()).isEmpty();
    }

    @Test
    void findsAPlantedSleepTriggerWithItsLagAndAPlainSentence() {
        List<DayRecord> days = Simulator.generate(person(2, 120), SimRules.of(new SimRule.SleepRule(6, 1, 2))).days();

        List<Trigger> triggers = TriggerAnalysis.analyze(days, TriggerSettings.defaults()).triggers();

        assertThat(triggers).hasSize(1);
        Trigger sleep = triggers.get(0);
        assertThat(sleep.driver()).isEqualTo(TriggerDriver.SLEEP_HOURS);
        assertThat(sleep.lagDays()).isEqualTo(1);
        assertThat(sleep.direction()).isEqualTo(TriggerDirection.HIGHER);
        assertThat(sleep.ciLow()).isGreaterThan(0);
        assertThat(sleep.qValue()).isLessThan(0.05);
        assertThat(sleep.sentence())
                .isEqualTo("On days after you slept under 6 hours, your pain was about 2 points higher.");
    }

    @Test
    void reportsAProtectiveHabitAsLowerPain() {
        List<DayRecord> days = Simulator.generate(person(3, 150),
                SimRules.of(new SimRule.ActivityRule(30, 0, 1.5))).days();

        List<Trigger> triggers = TriggerAnalysis.analyze(days, TriggerSettings.defaults()).triggers();

        assertThat(triggers).extracting(Trigger::driver).contains(TriggerDriver.ACTIVE_MINUTES);
        assertThat(triggers.get(0).sentence()).startsWith("On days when you were active for 30 minutes or more")
                .endsWith("lower.");
    }

    @Test
    void weakEvidenceIsCalledWeak() {
        assertThat(TriggerSentences.sentence(TriggerDriver.ALCOHOL_UNITS, 2, 0.8, true))
                .isEqualTo("Two days after you had 3 or more drinks of alcohol, your pain was about 1 point higher."
                        + " The link is weak so far, so treat it as a hint to watch rather than a rule.");
    }

    @Test
    void amountsAreRoundedToHalfPoints() {
        assertThat(TriggerSentences.amount(0.2)).isEqualTo("a little");
        assertThat(TriggerSentences.amount(0.6)).isEqualTo("about half a point");
        assertThat(TriggerSentences.amount(1.6)).isEqualTo("about 1.5 points");
        assertThat(TriggerSentences.amount(2.1)).isEqualTo("about 2 points");
    }

    @Test
    void toleratesMissingDaysAndEmptyAnswers() {
        List<DayRecord> days = Simulator.generate(new SimPerson(4, START, 90, 3, 1, 0.5,
                SimWeeklyRhythm.officeWorker(), 0.5, 0.5, 0.02), SimRules.none()).days();

        TriggerReport report = TriggerAnalysis.analyze(days, TriggerSettings.defaults());

        assertThat(report.daysOfData()).isEqualTo(days.size());
    }
}
