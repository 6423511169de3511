package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded crowd of simulated people for tests, benchmarks and the demo. Synthetic: never to be shown
 * as real data. About 30 % of people have no pain trigger, 40 % one and 30 % two, each on a different
 * driver with a lag of 0-2 days; independently 30 % have sitting over 6 h raise their flare odds (odds
 * ratio 2-4.4, the top of the range from Suri 2018).
 *
 * <p>Effect sizes are modest on purpose, at or below the 2-point minimal important change for pain:
 * short sleep +1 to +2 points, stress +0.35 to +0.6 per point above 5, long sitting +0.8 to +1.5,
 * 30 active minutes -0.7 to -1.3, 3+ drinks +1 to +2, poor diet +0.7 to +1.3. Against them stands a
 * day-to-day pain wobble of SD 0.9-1.5 with carry-over 0.3-0.7, flares of +2.5 to +4 points, whole-number
 * logging and 0-20 % missing days.
 */
public final class SimPopulation {

    /** A Monday, so weekly rhythms line up the same way in every run. */
    public static final LocalDate START = LocalDate.of(2025, 1, 6);

    private SimPopulation() {
    }

    public static List<SimResult> generate(long seed, int people, int days) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SimResult> out = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            SplittableRandom own = random.split();
            out.add(Simulator.generate(person(own, days), rules(own)));
        }
        return out;
    }

    static SimPerson person(SplittableRandom r, int days) {
        SimWeeklyRhythm rhythm = new SimWeeklyRhythm(between(r, 4.5, 8), between(r, 2.5, 5), between(r, 15, 35),
                between(r, 30, 60), between(r, 6.3, 7.3), between(r, 7, 8));
        return new SimPerson(r.nextLong(), START, days, between(r, 2.5, 5), between(r, 0.9, 1.5),
                between(r, 0.3, 0.7), rhythm, between(r, 0, 0.2), between(r, 0.3, 0.95),
                1 / between(r, 20, 120));
    }

    static SimRules rules(SplittableRandom r) {
        double roll = r.nextDouble();
        int triggers = roll < 0.3 ? 0 : roll < 0.7 ? 1 : 2;
        List<SimRule> rules = new ArrayList<>();
        Set<TriggerDriver> used = EnumSet.noneOf(TriggerDriver.class);
        while (rules.size() < triggers) {
            SimRule rule = painRule(r);
            if (used.add(rule.plantedTrigger().orElseThrow().driver())) {
                rules.add(rule);
            }
        }
        if (r.nextDouble() < 0.3) {
            rules.add(new SimRule.SittingFlareRule(6, between(r, 2, 4.4)));
        }
        return new SimRules(rules);
    }

    private static SimRule painRule(SplittableRandom r) {
        int lag = r.nextInt(3);
        return switch (r.nextInt(6)) {
            case 0 -> new SimRule.SleepRule(6, lag, between(r, 1.2, 2.2));
            case 1 -> new SimRule.StressRule(lag, between(r, 0.45, 0.7));
            case 2 -> new SimRule.SittingPainRule(6, lag, between(r, 1.0, 1.8));
            case 3 -> new SimRule.ActivityRule(30, lag, between(r, 0.8, 1.5));
            case 4 -> new SimRule.AlcoholRule(3, lag, between(r, 1.2, 2.2));
            default -> new SimRule.DietRule(4, lag, between(r, 0.9, 1.6));
        };
    }

    private static double between(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }
}
