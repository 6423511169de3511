package org.backroot.tracking.domain;

/**
 * Mean pain over the last 7 days against the 7 days before. A change of at least 2 points counts as
 * meaningful (the minimal important change for a 0-10 pain scale; Ostelo et al. 2008).
 *
 * @param recentMean   mean pain over the last 7 days, or null without check-ins
 * @param recentDays   days with a check-in among the last 7
 * @param previousMean mean pain over the 7 days before those, or null without check-ins
 * @param previousDays days with a check-in among those 7
 */
public record PainTrend(Double recentMean, int recentDays, Double previousMean, int previousDays) {

    /** Fewest check-ins in each week for the two weeks to be compared. */
    public static final int MIN_DAYS = 3;
    /** Smallest change in mean pain that counts as meaningful, in points. */
    public static final double MEANINGFUL_CHANGE = 2.0;

    /** Which way pain went. */
    public enum Direction { LOWER, SIMILAR, HIGHER, NOT_ENOUGH_DATA }

    public PainTrend {
        if (recentDays < 0 || recentDays > 7 || previousDays < 0 || previousDays > 7) {
            throw new IllegalArgumentException("recentDays and previousDays must be from 0 to 7");
        }
        if ((recentMean == null) != (recentDays == 0) || (previousMean == null) != (previousDays == 0)) {
            throw new IllegalArgumentException("a mean must be given exactly when there are days behind it");
        }
    }

    /** Recent minus previous mean, or null when either week has fewer than {@value #MIN_DAYS} check-ins. */
    public Double change() {
        if (recentDays < MIN_DAYS || previousDays < MIN_DAYS) return null;
        return recentMean - previousMean;
    }

    public Direction direction() {
        Double change = change();
        if (change == null) return Direction.NOT_ENOUGH_DATA;
        if (change <= -MEANINGFUL_CHANGE + 1e-9) return Direction.LOWER;
        if (change >= MEANINGFUL_CHANGE - 1e-9) return Direction.HIGHER;
        return Direction.SIMILAR;
    }

    /** One or two plain sentences for a page. */
    public String summary() {
        if (recentMean == null) return "No check-ins in the last 7 days yet.";
        String recent = "Your pain averaged " + Numbers.oneDecimal(recentMean) + "/10 over the last 7 days";
        return switch (direction()) {
            case NOT_ENOUGH_DATA -> recent + ". With " + MIN_DAYS + " or more check-ins in each of two weeks, you will see how it compares.";
            case LOWER -> recent + ", down from " + Numbers.oneDecimal(previousMean) + "/10 the week before. That is a change big enough to notice.";
            case HIGHER -> recent + ", up from " + Numbers.oneDecimal(previousMean) + "/10 the week before. Ups and downs are normal, and most settle.";
            case SIMILAR -> recent + ", about the same as the week before (" + Numbers.oneDecimal(previousMean) + "/10).";
        };
    }
}
