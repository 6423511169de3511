package org.backroot.insights.domain;

import java.util.Optional;

/**
 * One hidden rule of how a simulated person's day moves their pain or their chance of a flare.
 * A rule with a {@link #plantedTrigger()} moves pain directly with a fixed lag: that is what
 * {@link TriggerAnalysis} should find. A rule that only changes flare odds has no single lag on pain,
 * so it names its {@link #flareDriver()} instead.
 */
public sealed interface SimRule {

    /** Pain points this rule adds (negative: removes) on the given day. */
    double painShift(SimDrivers drivers, int day);

    /** Added log-odds of a flare starting on the given day. */
    default double flareLogOdds(SimDrivers drivers, int day) {
        return 0;
    }

    /** The pain trigger this rule plants, if any. */
    Optional<SimPlantedTrigger> plantedTrigger();

    /** The driver this rule links to flares, if any. */
    default Optional<TriggerDriver> flareDriver() {
        return Optional.empty();
    }

    private static void checkLag(int lag) {
        if (lag < 0 || lag > 3) {
            throw new IllegalArgumentException("lag: must be 0 to 3 days, was " + lag);
        }
    }

    private static void checkPositive(String field, double v) {
        if (!(v > 0) || v > 10) {
            throw new IllegalArgumentException(field + ": must be above 0 and at most 10, was " + v);
        }
    }

    /** Pain rises by {@code painIncrease} {@code lag} days after a night shorter than {@code thresholdHours}. */
    record SleepRule(double thresholdHours, int lag, double painIncrease) implements SimRule {
        public SleepRule {
            checkLag(lag);
            checkPositive("painIncrease", painIncrease);
        }

        public double painShift(SimDrivers d, int day) {
            return d.sleepHours(day - lag) < thresholdHours ? painIncrease : 0;
        }

        public Optional<SimPlantedTrigger> plantedTrigger() {
            return Optional.of(new SimPlantedTrigger(TriggerDriver.SLEEP_HOURS, lag, TriggerDirection.HIGHER));
        }
    }

    /** Pain rises by {@code painPerPoint} for each stress point above 5, {@code lag} days later. */
    record StressRule(int lag, double painPerPoint) implements SimRule {
        public StressRule {
            checkLag(lag);
            checkPositive("painPerPoint", painPerPoint);
        }

        public double painShift(SimDrivers d, int day) {
            return Math.max(0, d.stress(day - lag) - 5) * painPerPoint;
        }

        public Optional<SimPlantedTrigger> plantedTrigger() {
            return Optional.of(new SimPlantedTrigger(TriggerDriver.STRESS, lag, TriggerDirection.HIGHER));
        }
    }

    /** Sitting more than {@code thresholdHours} in a day multiplies the odds of a flare starting by {@code oddsRatio}. */
    record SittingFlareRule(double thresholdHours, double oddsRatio) implements SimRule {
        public SittingFlareRule {
            checkPositive("oddsRatio", oddsRatio);
        }

        public double painShift(SimDrivers d, int day) {
            return 0;
        }

        @Override
        public double flareLogOdds(SimDrivers d, int day) {
            return d.sittingHours(day) > thresholdHours ? Math.log(oddsRatio) : 0;
        }

        public Optional<SimPlantedTrigger> plantedTrigger() {
            return Optional.empty();
        }

        @Override
        public Optional<TriggerDriver> flareDriver() {
            return Optional.of(TriggerDriver.SITTING_HOURS);
        }
    }

    /** Pain rises by {@code painIncrease} {@code lag} days after sitting more than {@code thresholdHours}. */
    record SittingPainRule(double thresholdHours, int lag, double painIncrease) implements SimRule {
        public SittingPainRule {
            checkLag(lag);
            checkPositive("painIncrease", painIncrease);
        }

        public double painShift(SimDrivers d, int day) {
            return d.sittingHours(day - lag) > thresholdHours ? painIncrease : 0;
        }

        public Optional<SimPlantedTrigger> plantedTrigger() {
            return Optional.of(new SimPlantedTrigger(TriggerDriver.SITTING_HOURS, lag, TriggerDirection.HIGHER));
        }
    }

    /** Pain falls by {@code painDecrease} {@code lag} days after at least {@code thresholdMinutes} of activity. */
    record ActivityRule(int thresholdMinutes, int lag, double painDecrease) implements SimRule {
        public ActivityRule {
            checkLag(lag);
            checkPositive("painDecrease", painDecrease);
        }

        public double painShift(SimDrivers d, int day) {
            return d.activeMinutes(day - lag) >= thresholdMinutes ? -painDecrease : 0;
        }

        public Optional<SimPlantedTrigger> plantedTrigger() {
            return Optional.of(new SimPlantedTrigger(TriggerDriver.ACTIVE_MINUTES, lag, TriggerDirection.LOWER));
        }
    }

    /** Pain rises by {@code painIncrease} {@code lag} days after at least {@code thresholdUnits} of alcohol. */
    record AlcoholRule(double thresholdUnits, int lag, double painIncrease) implements SimRule {
        public AlcoholRule {
            checkLag(lag);
            checkPositive("painIncrease", painIncrease);
        }

        public double painShift(SimDrivers d, int day) {
            return d.alcoholUnits(day - lag) >= thresholdUnits ? painIncrease : 0;
        }

        public Optional<SimPlantedTrigger> plantedTrigger() {
            return Optional.of(new SimPlantedTrigger(TriggerDriver.ALCOHOL_UNITS, lag, TriggerDirection.HIGHER));
        }
    }

    /** Pain rises by {@code painIncrease} {@code lag} days after a diet-quality score at or below {@code threshold}. */
    record DietRule(int threshold, int lag, double painIncrease) implements SimRule {
        public DietRule {
            checkLag(lag);
            checkPositive("painIncrease", painIncrease);
        }

        public double painShift(SimDrivers d, int day) {
            return d.dietQuality(day - lag) <= threshold ? painIncrease : 0;
        }

        public Optional<SimPlantedTrigger> plantedTrigger() {
            return Optional.of(new SimPlantedTrigger(TriggerDriver.DIET_QUALITY, lag, TriggerDirection.HIGHER));
        }
    }
}
