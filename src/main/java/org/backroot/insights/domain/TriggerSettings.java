package org.backroot.insights.domain;

/**
 * How cautious the trigger analysis is.
 *
 * @param maxQ             report only findings whose Benjamini-Hochberg q-value is below this
 * @param weakQ            findings with q at or above this are called weak in their sentence
 * @param minDays          fewer days with pain logged than this: claim nothing
 * @param minExposedDays   a test needs at least this many exposed and this many unexposed days
 * @param excludeFlareDays leave days marked as flares out of the pain model: a flare's few days of high
 *                         pain would otherwise swamp the everyday links (flares are analysed on their own)
 */
public record TriggerSettings(double maxQ, double weakQ, int minDays, int minExposedDays, boolean excludeFlareDays) {

    public static final int MAX_LAG = 3;

    public TriggerSettings {
        if (!(maxQ > 0 && maxQ < 1)) {
            throw new IllegalArgumentException("maxQ: must be between 0 and 1, was " + maxQ);
        }
        if (!(weakQ > 0 && weakQ <= maxQ)) {
            throw new IllegalArgumentException("weakQ: must be above 0 and at most maxQ, was " + weakQ);
        }
        if (minDays < 14) {
            throw new IllegalArgumentException("minDays: must be at least 14, was " + minDays);
        }
        if (minExposedDays < 3) {
            throw new IllegalArgumentException("minExposedDays: must be at least 3, was " + minExposedDays);
        }
    }

    /** q below 0.1 to report, below 0.05 to call it clear, 28 days at least, 5 exposed days per test. */
    public static TriggerSettings defaults() {
        return new TriggerSettings(0.1, 0.05, 28, 5, true);
    }
}
