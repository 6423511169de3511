package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.backroot.program.domain.CalmRules;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;
import org.backroot.tracking.domain.FlareCall;
import org.backroot.tracking.domain.FlareEvidence;
import org.junit.jupiter.api.Test;

/**
 * Runs simulated people through the real adaptation rules ({@link CalmRules} with tracking's one flare definition)
 * day by day for 6 months. People with steady pain and ordinary day-to-day variation who never report a flare should
 * rarely be put in calm; people with planted flares should have them caught within 2 days. Synthetic data, seeded.
 *
 * <p>Before the one flare definition (one raised day switched to calm, calm ended only once pain was back within a
 * point of the old level, each exit one level lower), the same simulation gave 6.61 calm phases and 50.0 days in
 * calm per person per 6 months for the steady population, and caught 873 of 882 planted flares (99 %) within 2 days.
 */
class CalmPhaseSimulationTest {

    private static final int PEOPLE = 200;
    private static final int DAYS = 182;
    private static final CalmRules RULES = CalmRules.defaults();
    /** The adaptation reads the last 60 days of check-ins, as in the app. */
    private static final int WINDOW = 60;

    /**
     * The goals (under 1 calm phase and under 7 days in calm per person per 6 months for steady pain; 9 of 10 planted
     * flares caught within 2 days) are asserted for people who answer "Is this a flare?" when Today asks (truthfully:
     * "yes" while a planted flare is felt, otherwise "no"). For people who never answer, the figures are printed and
     * held to at most half the figures before the change; they do not reach the goal (see the printed output).
     */
    @Test
    void steadyPainWithoutReportedFlaresRarelySwitchesToCalmWhilePlantedFlaresAreCaughtWithinTwoDays() {
        System.out.printf("Calm phase simulation, %d people x %d days, steady pain 2.5-3.5/10, seed 7. Before the change: steady "
                + "6.61 calm phases and 50.0 days in calm per person; 873 of 882 planted flares caught within 2 days.%n", PEOPLE, DAYS);
        Figures answering = null;
        Figures answeringPlanted = null;
        Figures silent = null;
        Figures silentPlanted = null;
        for (double rate : new double[] {1.0, 0.5, 0.0}) {
            Figures steady = run(false, rate);
            Figures planted = run(true, rate);
            System.out.printf("  share answering the question %.0f %%: steady %.2f calm phases and %.1f days in calm per person;"
                            + " planted flares caught within 2 days %d of %d (%.0f %%)%n", rate * 100, steady.phasesPerPerson(),
                    steady.calmDaysPerPerson(), planted.caught, planted.flares, 100.0 * planted.caught / planted.flares);
            if (rate == 1.0) {
                answering = steady;
                answeringPlanted = planted;
            }
            if (rate == 0.0) {
                silent = steady;
                silentPlanted = planted;
            }
        }

        assertThat(answering.phasesPerPerson()).as("calm phases per person per 6 months, steady pain").isLessThan(1.0);
        assertThat(answering.calmDaysPerPerson()).as("days in calm per person per 6 months, steady pain").isLessThan(7.0);
        assertThat(answeringPlanted.flares).as("planted flares").isGreaterThan(100);
        assertThat(answeringPlanted.caught * 10).as("planted flares caught within 2 days").isGreaterThanOrEqualTo(answeringPlanted.flares * 9);
        assertThat(silent.phasesPerPerson()).as("calm phases, nobody answers").isLessThanOrEqualTo(6.61 / 2);
        assertThat(silent.calmDaysPerPerson()).as("days in calm, nobody answers").isLessThanOrEqualTo(50.0 / 2);
        assertThat(silentPlanted.caught * 10).as("planted flares caught, nobody answers").isGreaterThanOrEqualTo(silentPlanted.flares * 9);
        assertThat(Math.max(answeringPlanted.longestCalm, silentPlanted.longestCalm)).as("longest calm phase")
                .isLessThanOrEqualTo(RULES.schedule().maxDays());
    }

    private record Figures(int phases, int calmDays, int flares, int caught, int longestCalm) {
        double phasesPerPerson() {
            return phases / (double) PEOPLE;
        }

        double calmDaysPerPerson() {
            return calmDays / (double) PEOPLE;
        }
    }

    /** Steady pain 2.5-3.5, day-to-day SD 0.9-1.5 with carry-over, 0-20 % missed days; with or without planted flares. */
    private static Figures run(boolean plantFlares, double answerRate) {
        SplittableRandom random = new SplittableRandom(7);
        LocalDate start = SimPopulation.START;
        int phases = 0;
        int calmDays = 0;
        int flares = 0;
        int caught = 0;
        int longest = 0;
        for (int i = 0; i < PEOPLE; i++) {
            SimPerson person = new SimPerson(random.nextLong(), start, DAYS, 2.5 + random.nextDouble(), 0.9 + 0.6 * random.nextDouble(),
                    0.3 + 0.4 * random.nextDouble(), SimWeeklyRhythm.officeWorker(), 0.2 * random.nextDouble(), 0.7,
                    plantFlares ? 1.0 / 45 : 0);
            boolean[] truth = Simulator.flareDays(person, SimRules.none());
            SplittableRandom answers = new SplittableRandom(person.seed() ^ 0x5eed);
            List<FlareEvidence> days = new ArrayList<>();
            Phase phase = Phase.BUILD;
            PhaseChange entered = null;
            boolean[] calm = new boolean[DAYS + 1];
            int calmStart = -1;
            var diary = new java.util.HashMap<LocalDate, DayRecord>();
            Simulator.generate(person, SimRules.none()).days().forEach(d -> diary.put(d.date(), d));
            for (int day = 0; day < DAYS; day++) {
                LocalDate date = start.plusDays(day);
                DayRecord r = diary.get(date);
                if (r != null) {
                    FlareEvidence e = FlareEvidence.of(date, r.pain(), plantFlares && r.flare());
                    days.add(e);
                    Optional<FlareCall> call = RULES.flares().assess(date, days.subList(Math.max(0, days.size() - WINDOW), days.size()));
                    if (phase != Phase.CALM && call.isPresent() && call.get().asks() && answers.nextDouble() < answerRate) {
                        days.set(days.size() - 1, new FlareEvidence(date, r.pain(), e.reported(), truth[day]));
                    }
                }
                Optional<PhaseChange> change = RULES.check(phase, entered, days.subList(Math.max(0, days.size() - WINDOW), days.size()), date);
                if (change.isPresent()) {
                    phase = change.get().to();
                    if (phase == Phase.CALM) {
                        phases++;
                        entered = change.get();
                        calmStart = day;
                    } else {
                        longest = Math.max(longest, day - calmStart);
                        entered = null;
                    }
                }
                calm[day] = phase == Phase.CALM;
                calmDays += calm[day] ? 1 : 0;
            }
            for (int d = 0; d < DAYS; d++) {
                if (truth[d] && (d == 0 || !truth[d - 1])) {
                    flares++;
                    if (calm[d] || calm[d + 1]) caught++;
                }
            }
        }
        return new Figures(phases, calmDays, flares, caught, longest);
    }
}
