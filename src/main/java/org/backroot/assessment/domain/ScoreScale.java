package org.backroot.assessment.domain;

import java.util.List;

/**
 * Scores one scale — the whole instrument or a subscale — from its items.
 *
 * <p>Skipped items (up to maxMissing) are prorated by keeping the share of the possible range
 * reached on the answered items. When the items share one range and weight this is exactly
 * "mean of the answered items × number of items" (and for 0-5 sections it is the ODI rule
 * sum ÷ (5 × sections answered)); unlike a plain mean it can never leave the possible range when
 * items have different ranges.
 */
final class ScoreScale {

    /** lowest/highest: the possible range on the scale's own terms (sum or mean). */
    record Value(double raw, double lowest, double highest) {
        double rescaled() {
            return clamp((raw - lowest) / (highest - lowest) * 100, 0, 100);
        }
    }

    private ScoreScale() {
    }

    /** The scale's value, or null when more than maxMissing items are unanswered. */
    static Value of(List<Item> items, ScoringMethod method, int maxMissing, AnswerSet answers) {
        Totals all = new Totals();
        Totals answered = new Totals();
        for (Item item : items) {
            all.addRange(item);
            answered.addAnswer(item, answers);
        }
        int missing = items.size() - answered.count;
        if (answered.count == 0 || missing > maxMissing) return null;
        double divisor = method == ScoringMethod.MEAN ? all.weight : 1;
        double lowest = all.lowest / divisor;
        double highest = all.highest / divisor;
        double raw = missing == 0 ? answered.points / divisor : lowest + answered.share() * (highest - lowest);
        return new Value(clamp(raw, lowest, highest), lowest, highest);
    }

    /** The weighted value an answer scores after reversing, e.g. 3 on a reversed 0-4 item scores 1. */
    static double scoredValue(Item item, Object answer) {
        double value = item.pointsFor(answer);
        double oriented = item.reversed() ? item.lowestValue() + item.highestValue() - value : value;
        return item.weight() * oriented;
    }

    /** Guards against floating-point drift just past the ends of the range. */
    private static double clamp(double value, double lowest, double highest) {
        return Math.max(lowest, Math.min(highest, value));
    }

    private static final class Totals {
        int count;
        double weight;
        double points;
        double lowest;
        double highest;

        void addRange(Item item) {
            weight += item.weight();
            lowest += item.weight() * item.lowestValue();
            highest += item.weight() * item.highestValue();
        }

        void addAnswer(Item item, AnswerSet answers) {
            answers.value(item.linkId()).ifPresent(answer -> {
                count++;
                points += scoredValue(item, answer);
                addRange(item);
            });
        }

        double share() {
            return (points - lowest) / (highest - lowest);
        }
    }
}
