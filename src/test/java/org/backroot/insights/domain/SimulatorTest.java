package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final SimPerson PERSON = SimPerson.typical(42L, LocalDate.of(2025, 1, 6), 180);
    private static final SimRules SHORT_SLEEP_HURTS = SimRules.of(new SimRule.SleepRule(6, 1, 2));

    @Test
    void sameSeedGivesTheSameDiary() {
        assertThat(Simulator.generate(PERSON, SHORT_SLEEP_HURTS).days())
                .isEqualTo(Simulator.generate(PERSON, SHORT_SLEEP_HURTS).days());
    }

    @Test
    void painIsAWholeNumberFromZeroToTen() {
        assertThat(Simulator.generate(PERSON, SHORT_SLEEP_HURTS).days())
                .allSatisfy(d -> assertThat(d.pain()).isBetween(0, 10));
    }

    @Test
    void leavesOutAboutTheMissingDayRate() {
        int logged = Simulator.generate(PERSON, SimRules.none()).days().size();

        assertThat(logged).isBetween(140, 175);
    }

    @Test
    void peopleSitLessAtTheWeekend() {
        List<DayRecord> days = Simulator.generate(PERSON, SimRules.none()).days();

        assertThat(meanSitting(days, true)).isLessThan(meanSitting(days, false) - 1.5);
    }

    @Test
    void shortSleepRaisesNextDayPainAsPlanted() {
        SimPerson calm = new SimPerson(7L, PERSON.start(), 365, 3, 0.8, 0.5, SimWeeklyRhythm.officeWorker(), 0, 0.7, 0);
        List<DayRecord> days = Simulator.generate(calm, SHORT_SLEEP_HURTS).days();

        double after = meanPainAfter(days, true);
        double otherwise = meanPainAfter(days, false);
        assertThat(after - otherwise).isBetween(1.5, 2.5);
    }

    @Test
    void flaresHappenAndEnd() {
        List<DayRecord> days = Simulator.generate(PERSON, SimRules.none()).days();
        long flareDays = days.stream().filter(DayRecord::flare).count();

        assertThat(flareDays).isBetween(5L, 60L);
    }

    @Test
    void plantedTriggersAndFlareOnlyDriversAreKnown() {
        SimRules rules = SimRules.of(new SimRule.ActivityRule(30, 2, 1), new SimRule.SittingFlareRule(6, 3));

        assertThat(rules.plantedTriggers())
                .containsExactly(new SimPlantedTrigger(TriggerDriver.ACTIVE_MINUTES, 2, TriggerDirection.LOWER));
        assertThat(rules.flareOnlyDrivers()).containsExactly(TriggerDriver.SITTING_HOURS);
    }

    @Test
    void populationIsDeterministicAndMixed() {
        List<SimResult> a = SimPopulation.generate(9L, 40, 60);
        List<SimResult> b = SimPopulation.generate(9L, 40, 60);

        assertThat(a).isEqualTo(b);
        assertThat(a).anySatisfy(p -> assertThat(p.truth().plantedTriggers()).isEmpty());
        assertThat(a).anySatisfy(p -> assertThat(p.truth().plantedTriggers()).hasSize(2));
    }

    private static double meanSitting(List<DayRecord> days, boolean weekend) {
        return days.stream().filter(d -> d.sittingHours() != null)
                .filter(d -> isWeekend(d.date()) == weekend)
                .mapToDouble(DayRecord::sittingHours).average().orElseThrow();
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static double meanPainAfter(List<DayRecord> days, boolean shortNight) {
        double sum = 0;
        int n = 0;
        for (int i = 1; i < days.size(); i++) {
            DayRecord before = days.get(i - 1);
            DayRecord today = days.get(i);
            if (before.date().plusDays(1).equals(today.date()) && (before.sleepHours() < 6) == shortNight) {
                sum += today.pain();
                n++;
            }
        }
        return sum / n;
    }
}
