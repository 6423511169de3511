package org.backroot.insights.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes synthetic diaries with known truth, for tests, benchmarks and the demo. The output is invented:
 * it must never be shown to anyone as real data or mixed with a real person's records.
 *
 * <p>Noise and realism, so that finding the rules is not trivial: drivers are AR(1) with a weekly rhythm
 * (see {@link SimDrivers}); pain has its own AR(1) wobble ({@link SimPerson#painNoise()}) and flares
 * lasting 3-9 days ({@link SimPainPath}); pain is logged as a whole number 0-10; whole days go missing at
 * {@link SimPerson#missingDayRate()} and each optional answer is skipped 5 % of the time. Flares are
 * self-reported imperfectly: 90 % of strong flare days and 40 % of fading ones are marked, and 1 % of
 * ordinary days are marked as flares too (people call a bad day a flare, Costa 2019).
 */
public final class Simulator {

    private static final double SKIP_OPTIONAL_ANSWER = 0.05;

    private Simulator() {
    }

    public static SimResult generate(SimPerson person, SimRules rules) {
        SplittableRandom random = new SplittableRandom(person.seed());
        SimDrivers drivers = SimDrivers.generate(person, random.split());
        SimPainPath path = SimPainPath.generate(person, rules, drivers, random.split());
        return new SimResult(records(person, drivers, path, random.split()), rules);
    }

    /**
     * For each day (0-based, from {@link SimPerson#start()}), whether a planted flare is felt that day (after any
     * creeping-up days): the truth behind the diary that {@link #generate} makes from the same inputs.
     */
    static boolean[] flareDays(SimPerson person, SimRules rules) {
        SplittableRandom random = new SplittableRandom(person.seed());
        SimDrivers drivers = SimDrivers.generate(person, random.split());
        SimPainPath path = SimPainPath.generate(person, rules, drivers, random.split());
        boolean[] flare = new boolean[person.days()];
        for (int day = 0; day < person.days(); day++) flare[day] = path.inFlare(day);
        return flare;
    }

    private static List<DayRecord> records(SimPerson p, SimDrivers d, SimPainPath path, SplittableRandom random) {
        List<DayRecord> out = new ArrayList<>();
        for (int day = 0; day < p.days(); day++) {
            if (random.nextDouble() < p.missingDayRate()) {
                continue;
            }
            out.add(new DayRecord(p.start().plusDays(day), path.pain[day], d.stress(day), d.sleepHours(day),
                    maybe(random, d.sleepQuality(day)), maybe(random, d.activeMinutes(day)),
                    maybe(random, d.steps(day)), maybe(random, d.sittingHours(day)),
                    maybe(random, d.dietQuality(day)), maybe(random, d.alcoholUnits(day)),
                    reportsFlare(random, path.flareBump[day]), maybe(random, d.adherence(day))));
        }
        return out;
    }

    private static boolean reportsFlare(SplittableRandom random, double flareBump) {
        double chance = flareBump >= 1.5 ? 0.9 : flareBump > 0 ? 0.4 : 0.01;
        return random.nextDouble() < chance;
    }

    private static <T> T maybe(SplittableRandom random, T value) {
        return random.nextDouble() < SKIP_OPTIONAL_ANSWER ? null : value;
    }
}
