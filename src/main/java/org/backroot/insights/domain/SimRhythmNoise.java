package org.backroot.insights.domain;

import java.util.SplittableRandom;

/**
 * Standardised AR(1) wobbles (mean 0, variance 1) for each simulated driver. The carry-over per driver
 * reflects how "sticky" it is day to day: stress runs in longer spells than sleep or activity.
 */
final class SimRhythmNoise {

    private final SplittableRandom random;
    private double sleep;
    private double sleepQuality;
    private double stress;
    private double sitting;
    private double activity;
    private double diet;

    SimRhythmNoise(SplittableRandom random) {
        this.random = random;
        this.sleep = random.nextGaussian();
        this.sleepQuality = random.nextGaussian();
        this.stress = random.nextGaussian();
        this.sitting = random.nextGaussian();
        this.activity = random.nextGaussian();
        this.diet = random.nextGaussian();
    }

    void step() {
        sleep = ar1(sleep, 0.3);
        sleepQuality = ar1(sleepQuality, 0.2);
        stress = ar1(stress, 0.6);
        sitting = ar1(sitting, 0.4);
        activity = ar1(activity, 0.3);
        diet = ar1(diet, 0.4);
    }

    private double ar1(double previous, double carry) {
        return carry * previous + Math.sqrt(1 - carry * carry) * random.nextGaussian();
    }

    double sleep() {
        return sleep;
    }

    double sleepQuality() {
        return sleepQuality;
    }

    double stress() {
        return stress;
    }

    double sitting() {
        return sitting;
    }

    double activity() {
        return activity;
    }

    double diet() {
        return diet;
    }
}
