package org.backroot.insights.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether a change in an outcome measure passes its minimal important change, in numbers and in one sentence,
 * e.g. "Your average pain fell from 6 to 3: a change of 3 points (50 %), more than the 2 points that people
 * notice as real change." Pure and deterministic.
 */
public final class ChangeAssessment {

    private static final double EPSILON = 1e-9;
    /** Changes smaller than this read as "the same": they round to 0 at one decimal. */
    private static final double SAME = 0.05;

    private ChangeAssessment() {
    }

    /** With the default rules and the measure's own label. */
    public static Change of(MicMeasure measure, double baseline, double latest) {
        return of(MicRules.defaults(), measure, measure == null ? null : measure.label(), baseline, latest);
    }

    /** With the default rules and a label of your own, e.g. "movement load" for a factor load. */
    public static Change of(MicMeasure measure, String label, double baseline, double latest) {
        return of(MicRules.defaults(), measure, label, baseline, latest);
    }

    public static Change of(MicRules rules, MicMeasure measure, String label, double baseline, double latest) {
        if (rules == null || measure == null) throw new IllegalArgumentException("rules and measure: must be given");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("label: must be given");
        checkOnScale("baseline", baseline, measure);
        checkOnScale("latest", latest, measure);
        MicRule rule = rules.rule(measure);

        double delta = latest - baseline;
        double size = Math.abs(delta);
        Double percent = baseline == 0 ? null : 100.0 * delta / baseline;
        ChangeDirection direction = size < SAME ? ChangeDirection.SAME
                : (delta > 0) == measure.higherIsBetter() ? ChangeDirection.IMPROVED : ChangeDirection.WORSE;

        boolean percentCounts = rule.percent() != null && percent != null
                && (direction == ChangeDirection.IMPROVED || rule.points() == null);
        boolean byPoints = direction != ChangeDirection.SAME && rule.points() != null && size >= rule.points() - EPSILON;
        boolean byPercent = direction != ChangeDirection.SAME && percentCounts && Math.abs(percent) >= rule.percent() - EPSILON;
        boolean meaningful = byPoints || byPercent;

        String sentence = sentence(label, baseline, latest, size, percent, direction, rule, byPoints, byPercent, percentCounts);
        return new Change(measure, label, baseline, latest, delta, percent, direction, meaningful, rule, sentence);
    }

    private static String sentence(String label, double baseline, double latest, double size, Double percent,
            ChangeDirection direction, MicRule rule, boolean byPoints, boolean byPercent, boolean percentCounts) {
        if (direction == ChangeDirection.SAME) return "Your " + label + " stayed at " + number(latest) + ".";
        String verb = latest < baseline ? "fell" : "rose";
        StringBuilder s = new StringBuilder("Your ").append(label).append(' ').append(verb).append(" from ")
                .append(number(baseline)).append(" to ").append(number(latest)).append(": a change of ").append(points(size));
        if (percent != null) s.append(" (").append(Math.round(Math.abs(percent))).append(" %)");
        s.append(", ");
        String guide = switch (rule.basis()) {
            case PUBLISHED -> "that people notice as real change";
            case UNVERIFIED -> "often taken as real change";
            case BACKROOT_HEURISTIC -> "that Backroot takes as a sign of real change";
        };
        if (byPoints) {
            s.append(size > rule.points() + EPSILON ? "more than" : "as much as").append(" the ").append(points(rule.points()));
        } else if (byPercent) {
            double p = Math.abs(percent);
            s.append(p > rule.percent() + EPSILON ? "more than" : "as much as").append(" the ").append(number(rule.percent())).append(" %");
        } else {
            s.append("less than the ");
            if (rule.points() != null && percentCounts) s.append(points(rule.points())).append(" or ").append(number(rule.percent())).append(" %");
            else if (rule.points() != null) s.append(points(rule.points()));
            else s.append(number(rule.percent())).append(" %");
        }
        return s.append(' ').append(guide).append('.').toString();
    }

    private static void checkOnScale(String field, double value, MicMeasure measure) {
        if (!Double.isFinite(value) || value < measure.min() || value > measure.max()) {
            throw new IllegalArgumentException(field + ": must be from " + number(measure.min()) + " to " + number(measure.max())
                    + " for " + measure + ", was " + value);
        }
    }

    private static String points(double value) {
        return number(value) + (Math.abs(value - 1) < EPSILON ? " point" : " points");
    }

    /** 3.0 → "3", 3.44 → "3.4". */
    static String number(double value) {
        return new BigDecimal(Double.toString(value)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
