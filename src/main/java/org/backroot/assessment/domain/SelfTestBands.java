package org.backroot.assessment.domain;

import java.util.function.DoubleFunction;

/**
 * The one rule for measured self-tests with a cut-off and a borderline band: past the cut-off by more than the
 * band is flagged, with severity growing from 0 at the cut-off; past it by no more than the band is borderline
 * (a measurement can wobble that much), shown as such with severity 0; otherwise normal.
 */
final class SelfTestBands {

    private SelfTestBands() {
    }

    /**
     * For "lower is worse" measurements.
     *
     * @param span          distance below the cut-off at which severity reaches 100
     * @param flaggedNote   the note when clearly past the cut-off
     * @param normalNote    the note when within the usual range
     * @param measuredWords the first sentence of a borderline note, saying what was measured
     */
    static Finding lowerIsWorse(SelfTestKind test, FindingSide side, double value, double cut, double band, double span,
                                FindingFlag flag, DoubleFunction<String> unit, String flaggedNote, String normalNote, String measuredWords) {
        String shown = unit.apply(value);
        if (FindingSeverity.borderlineBelow(value, cut, band)) {
            return new Finding(test, side, shown, FindingFlag.BORDERLINE, 0, borderlineNote(measuredWords, "under", cut, band, unit));
        }
        if (value < cut) return new Finding(test, side, shown, flag, FindingSeverity.below(value, cut, span), flaggedNote);
        return new Finding(test, side, shown, FindingFlag.NORMAL, 0, normalNote);
    }

    /** For "higher is worse" measurements; as {@link #lowerIsWorse}. */
    static Finding higherIsWorse(SelfTestKind test, FindingSide side, double value, double cut, double band, double span,
                                 FindingFlag flag, DoubleFunction<String> unit, String flaggedNote, String normalNote, String measuredWords) {
        String shown = unit.apply(value);
        if (FindingSeverity.borderlineAbove(value, cut, band)) {
            return new Finding(test, side, shown, FindingFlag.BORDERLINE, 0, borderlineNote(measuredWords, "over", cut, band, unit));
        }
        if (value > cut) return new Finding(test, side, shown, flag, FindingSeverity.above(value, cut, span), flaggedNote);
        return new Finding(test, side, shown, FindingFlag.NORMAL, 0, normalNote);
    }

    private static String borderlineNote(String measuredWords, String direction, double cut, double band, DoubleFunction<String> unit) {
        return measuredWords + " That is borderline: just %s the %s we look for, by no more than the %s a home measurement can vary from one try to the next. It does not count as a finding; repeat the test in a few weeks if you like."
                .formatted(direction, unit.apply(cut), unit.apply(band));
    }
}
