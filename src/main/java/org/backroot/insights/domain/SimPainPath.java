package org.backroot.insights.domain;

import java.util.SplittableRandom;

/**
 * A simulated person's true pain and flares, day by day. Pain = usual level + the person's rule effects
 * + an AR(1) wobble + a flare bump. A flare starts with a small daily chance that rises with the
 * person's flare rules, with how far today's pain already sits above usual (so pain tends to creep
 * up before a flare) and, for everyone, with accumulated strain: a running average
 * over roughly the last 2-3 days of short sleep, stress above 5 and sitting over 6 hours (the exposures
 * Suri 2018 found before flares). Strain changes flare odds only, not everyday pain. Finally a slow
 * "sensitivity" that drifts over weeks (AR(1), carry-over 0.93) lifts everyday pain a little (0.8 points
 * per SD) and flare odds more (1.5 log-odds per SD): the build-up over a week or two that people notice
 * before a flare. A flare adds 2.5-4 points on its first day that fade to nothing
 * over 3-9 days, often announced by 1-4 days of pain creeping up by up to 1.5 points (one in five
 * come unannounced, some after a single day); after it the person gets 5 quiet days before another.
 */
final class SimPainPath {

    /** Added log-odds of a flare per pain point above usual (before the flare itself). */
    static final double FLARE_PAIN_COUPLING = 0.5;
    private static final int QUIET_DAYS_AFTER_FLARE = 5;
    /** Added log-odds of a flare per unit of strain above a typical day's. */
    static final double FLARE_STRAIN_COUPLING = 1.0;
    private static final double TYPICAL_STRAIN = 1.0;
    /** Weight of today in the running strain average (about a 2-3 day memory). */
    private static final double STRAIN_MEMORY = 0.4;
    private static final double SENSITIVITY_CARRY = 0.93;
    private static final double SENSITIVITY_PAIN = 0.8;
    private static final double SENSITIVITY_FLARE = 1.5;

    final int[] pain;
    final double[] flareBump;

    private SimPainPath(int days) {
        pain = new int[days];
        flareBump = new double[days];
    }

    static SimPainPath generate(SimPerson person, SimRules rules, SimDrivers drivers, SplittableRandom random) {
        SimPainPath path = new SimPainPath(person.days());
        double carry = person.painAutocorrelation();
        double innovation = person.painNoise() * Math.sqrt(1 - carry * carry);
        double wobble = person.painNoise() * random.nextGaussian();
        Flare flare = null;
        int quiet = 0;
        double strain = TYPICAL_STRAIN;
        double sensitivity = random.nextGaussian();
        for (int day = 0; day < person.days(); day++) {
            wobble = carry * wobble + innovation * random.nextGaussian();
            sensitivity = SENSITIVITY_CARRY * sensitivity
                    + Math.sqrt(1 - SENSITIVITY_CARRY * SENSITIVITY_CARRY) * random.nextGaussian();
            strain = (1 - STRAIN_MEMORY) * strain + STRAIN_MEMORY * strainOf(drivers, day);
            double calm = person.baselinePain() + painShift(rules, drivers, day) + wobble
                    + SENSITIVITY_PAIN * sensitivity;
            double extraLogOdds = (strain - TYPICAL_STRAIN) * FLARE_STRAIN_COUPLING
                    + (SENSITIVITY_FLARE - FLARE_PAIN_COUPLING * SENSITIVITY_PAIN) * sensitivity;
            double chance = onsetChance(person, rules, drivers, day, calm + extraLogOdds / FLARE_PAIN_COUPLING);
            if (flare == null && quiet == 0 && random.nextDouble() < chance) {
                flare = new Flare(random.nextInt(5), 3 + random.nextInt(7), 2.5 + 1.5 * random.nextDouble());
            }
            quiet = Math.max(0, quiet - 1);
            double bump = 0;
            if (flare != null) {
                boolean brewing = flare.brewing();
                bump = flare.bumpAndAdvance();
                path.flareBump[day] = brewing ? 0 : bump;
                if (flare.over()) {
                    flare = null;
                    quiet = QUIET_DAYS_AFTER_FLARE;
                }
            }
            path.pain[day] = (int) Math.round(Math.max(0, Math.min(10, calm + bump)));
        }
        return path;
    }

    /** One day's strain: hours of sleep short of 6.5, half of each stress point above 5 and of each hour sat over 6. */
    private static double strainOf(SimDrivers d, int day) {
        return Math.max(0, 6.5 - d.sleepHours(day)) + Math.max(0, d.stress(day) - 5) / 2.0
                + Math.max(0, d.sittingHours(day) - 6) / 2.0;
    }

    private static double painShift(SimRules rules, SimDrivers drivers, int day) {
        return rules.rules().stream().mapToDouble(r -> r.painShift(drivers, day)).sum();
    }

    private static double onsetChance(SimPerson person, SimRules rules, SimDrivers drivers, int day, double calm) {
        double rate = person.dailyFlareRate();
        if (rate <= 0) {
            return 0;
        }
        double logit = Math.log(rate / (1 - rate))
                + rules.rules().stream().mapToDouble(r -> r.flareLogOdds(drivers, day)).sum()
                + FLARE_PAIN_COUPLING * (calm - person.baselinePain());
        return 1 / (1 + Math.exp(-logit));
    }

    boolean inFlare(int day) {
        return flareBump[day] > 0;
    }

    /** A flare: 0-4 days of pain creeping up (not yet felt as a flare), then the flare itself fading out. */
    private static final class Flare {
        private static final double PRODROME_TOP = 1.5;
        private final int prodrome;
        private final int length;
        private final double peak;
        private int elapsed;

        Flare(int prodrome, int length, double peak) {
            this.prodrome = prodrome;
            this.length = length;
            this.peak = peak;
        }

        boolean brewing() {
            return elapsed < prodrome;
        }

        double bumpAndAdvance() {
            double bump = brewing() ? PRODROME_TOP * (elapsed + 1) / (prodrome + 1)
                    : peak * (1 - (elapsed - prodrome) / (double) length);
            elapsed++;
            return bump;
        }

        boolean over() {
            return elapsed >= prodrome + length;
        }
    }
}
