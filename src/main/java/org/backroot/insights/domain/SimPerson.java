package org.backroot.insights.domain;

import static org.backroot.insights.domain.SimWeeklyRhythm.requireBetween;

import java.time.LocalDate;

/**
 * Settings for one simulated person. Synthetic: never shown to anyone as real data.
 *
 * @param seed               makes the whole diary reproducible
 * @param baselinePain       usual pain on a day with no trigger and no flare (0-10)
 * @param painNoise          standard deviation of the day-to-day pain wobble (AR(1), so it comes in runs)
 * @param painAutocorrelation how much of yesterday's wobble carries into today (0-0.95)
 * @param missingDayRate     share of days with no check-in at all
 * @param adherenceLevel     typical share of the planned practice done (0-1)
 * @param dailyFlareRate     chance that a flare starts on an ordinary day with no trigger active
 */
public record SimPerson(
        long seed,
        LocalDate start,
        int days,
        double baselinePain,
        double painNoise,
        double painAutocorrelation,
        SimWeeklyRhythm rhythm,
        double missingDayRate,
        double adherenceLevel,
        double dailyFlareRate) {

    public SimPerson {
        if (start == null) {
            throw new IllegalArgumentException("start: must be given");
        }
        if (rhythm == null) {
            throw new IllegalArgumentException("rhythm: must be given");
        }
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("days: must be between 1 and 3650, was " + days);
        }
        requireBetween("baselinePain", baselinePain, 0, 10);
        requireBetween("painNoise", painNoise, 0, 5);
        requireBetween("painAutocorrelation", painAutocorrelation, 0, 0.95);
        requireBetween("missingDayRate", missingDayRate, 0, 0.9);
        requireBetween("adherenceLevel", adherenceLevel, 0, 1);
        requireBetween("dailyFlareRate", dailyFlareRate, 0, 0.5);
    }

    /** A typical office worker with moderate pain, a flare every month or two, and 10 % missed days. */
    public static SimPerson typical(long seed, LocalDate start, int days) {
        return new SimPerson(seed, start, days, 3.5, 1.2, 0.5, SimWeeklyRhythm.officeWorker(), 0.1, 0.7, 1.0 / 45);
    }
}
