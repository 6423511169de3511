package org.backroot.assessment.domain;

/**
 * How far past a cut-off a result lies, as 0-100. It orders findings and weighs source regions; it is not a
 * clinical scale and is never shown to a person as a number. It is 0 at the cut-off and grows linearly with the
 * distance beyond it, reaching 100 at {@code span} beyond; a flagged result scores at least 1.
 */
final class FindingSeverity {

    /** For yes/no tests where there is no "how far": a clear but middling weight. */
    static final int YES_NO_POSITIVE = 50;

    private FindingSeverity() {
    }

    /** For "lower is worse" results: {@code value} is below {@code cut}; full severity at {@code span} below. */
    static int below(double value, double cut, double span) {
        return beyond(cut - value, span);
    }

    /** For "higher is worse" results: {@code value} is above {@code cut}; full severity at {@code span} above. */
    static int above(double value, double cut, double span) {
        return beyond(value - cut, span);
    }

    /** A light flag inside a "room to improve" band: from {@code low} to {@code high} as {@code fraction} goes 0 → 1. */
    static int within(double fraction, int low, int high) {
        return clamp(Math.round(low + (high - low) * (float) Math.min(1, Math.max(0, fraction))));
    }

    /**
     * True when a "lower is worse" {@code value} is under {@code cut} by no more than {@code band} (rounded to
     * 0.01 so float noise cannot tip it): past the cut-off, but within what a measurement can wobble by.
     */
    static boolean borderlineBelow(double value, double cut, double band) {
        double excess = Math.round((cut - value) * 100) / 100.0;
        return excess > 0 && excess <= band;
    }

    /** As {@link #borderlineBelow} for "higher is worse" results. */
    static boolean borderlineAbove(double value, double cut, double band) {
        return borderlineBelow(-value, -cut, band);
    }

    private static int beyond(double excess, double span) {
        double share = span <= 0 ? 1 : Math.min(1, Math.max(0, excess / span));
        return clamp((int) Math.round(100 * share));
    }

    private static int clamp(int severity) {
        return Math.max(1, Math.min(100, severity));
    }
}
