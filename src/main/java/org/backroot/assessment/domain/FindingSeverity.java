package org.backroot.assessment.domain;

/**
 * How far past a cut-off a result lies, as 0-100. It orders findings and weighs source regions; it is not a
 * clinical scale. A result just past the cut-off scores {@link #JUST_PAST}; it rises linearly to 100 at
 * {@code span} beyond it. Starting at 40 rather than 0 keeps any clear flag visible next to questionnaire loads.
 */
final class FindingSeverity {

    static final int JUST_PAST = 40;
    /** For yes/no tests where there is no "how far": a clear but middling weight. */
    static final int YES_NO_POSITIVE = 60;

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

    private static int beyond(double excess, double span) {
        double share = span <= 0 ? 1 : Math.min(1, Math.max(0, excess / span));
        return clamp((int) Math.round(JUST_PAST + (100 - JUST_PAST) * share));
    }

    private static int clamp(int severity) {
        return Math.max(1, Math.min(100, severity));
    }
}
