package org.backroot.demo.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.backroot.assessment.domain.AnswerOption;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.Item;
import org.backroot.assessment.domain.ItemType;

/**
 * What the demo person answers at the first factor checks and at each reassessment, and what their home
 * self-tests measure. Loads ease over the six months for five factors while stress stays stubborn; the left
 * ankle starts restricted and the upper back turns poorly both ways, and both improve. Invented data.
 */
public final class DemoAssessments {

    /** The share of the way through the story (0 at the start, 1 at the last reassessment) to each factor's load level 0-1. */
    private static final Map<String, double[]> LEVELS = Map.of(
            "movement", new double[] {0.70, 0.30},
            "stress", new double[] {0.68, 0.60},
            "posture", new double[] {0.55, 0.30},
            "inflammation", new double[] {0.50, 0.30},
            "fear", new double[] {0.72, 0.22},
            "breathing", new double[] {0.52, 0.28});

    /** The three things the demo person finds hard, in their own words. */
    public static final List<String> HARD_ACTIVITIES = List.of(
            "Sitting through an hour-long meeting", "Carrying the weekly shopping home", "Running for the bus");

    private DemoAssessments() {
    }

    /** The load level (0 none, 1 the most) the demo person's answers aim at for a factor, {@code progress} 0-1. */
    public static double level(String factor, double progress) {
        double[] ends = LEVELS.get(factor);
        if (ends == null) throw new IllegalArgumentException("factor must be one of " + LEVELS.keySet() + ", was " + factor);
        double p = Math.max(0, Math.min(1, progress));
        return ends[0] + (ends[1] - ends[0]) * p;
    }

    /**
     * Answers to every scored item of a factor check at {@code level}: for each choice item the option whose
     * load sits at that share of the item's range (reversed items counted the right way round), give or take
     * one step at random.
     */
    public static Map<String, Object> factorAnswers(Instrument instrument, double level, SplittableRandom random) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            if (item.type() == ItemType.CHOICE && item.hasNumericValues()) {
                List<AnswerOption> byLoad = new ArrayList<>(item.options());
                byLoad.sort(Comparator.comparingDouble(o -> load(item, o)));
                int index = (int) Math.round(level * (byLoad.size() - 1) + (random.nextDouble() - 0.5) * 1.2);
                answers.put(item.linkId(), byLoad.get(Math.max(0, Math.min(byLoad.size() - 1, index))).value());
            } else if (item.type() == ItemType.CHOICE && item.required()) {
                answers.put(item.linkId(), item.options().get(0).value());
            } else if (item.type().isNumericScale() && item.min() != null && item.max() != null) {
                answers.put(item.linkId(), (int) Math.round(item.min() + level * (item.max() - item.min())));
            }
        }
        return answers;
    }

    private static double load(Item item, AnswerOption option) {
        double points = option.scoredPoints();
        return item.reversed() ? item.highestValue() + item.lowestValue() - points : points;
    }

    /** The pain questionnaire from the last week of check-ins. */
    public static Map<String, Object> painAnswers(int now, double weekAverage, int weekWorst) {
        return Map.of("pain-now", now, "pain-average-week", (int) Math.round(weekAverage), "pain-worst-week", weekWorst);
    }

    /** PEG-3: average pain and how much it got in the way, which eases as fear and pain ease. */
    public static Map<String, Object> pegAnswers(double weekAverage, double progress) {
        int pain = (int) Math.round(weekAverage);
        int interference = (int) Math.max(0, Math.min(10, Math.round(weekAverage + 1.5 - 2.5 * progress)));
        return Map.of("peg-pain-average", pain, "peg-enjoyment", Math.max(0, interference - 1), "peg-general-activity", interference);
    }

    /** The Patient-Specific Functional Scale: the same three activities, each done a little better over time. */
    public static Map<String, Object> psfsAnswers(double progress) {
        int[] start = {3, 4, 2};
        int[] gain = {5, 4, 5};
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < HARD_ACTIVITIES.size(); i++) {
            answers.put("activity-" + (i + 1), HARD_ACTIVITIES.get(i));
            answers.put("rating-" + (i + 1), (int) Math.round(start[i] + gain[i] * Math.max(0, Math.min(1, progress))));
        }
        return answers;
    }

    /**
     * One full sitting of home self-tests, keyed as the self-test API takes them. The left ankle starts at
     * 6 cm knee-to-wall (right 11.5 cm) and reaches about 10.5 cm; upper-back rotation starts at 31°/35° and
     * reaches about 44°/46°; breathing and the hip hinge improve too. The rest stay typical.
     */
    public static Map<String, Object> selfTests(double progress) {
        double p = Math.max(0, Math.min(1, progress));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("kneeToWallCmLeft", half(6.0 + 4.5 * p));
        values.put("kneeToWallCmRight", 11.5);
        values.put("hipInternalRotationDegLeft", 38.0);
        values.put("hipInternalRotationDegRight", 40.0);
        values.put("thomasTestLeft", "negative");
        values.put("thomasTestRight", "negative");
        values.put("thoracicRotationDegLeft", whole(31 + 13 * p));
        values.put("thoracicRotationDegRight", whole(35 + 11 * p));
        values.put("shoulderFlexionWallLeft", "pass");
        values.put("shoulderFlexionWallRight", "pass");
        values.put("activeStraightLegRaiseLeft", 0);
        values.put("activeStraightLegRaiseRight", 0);
        values.put("singleLegStanceSecLeft", whole(22 + 10 * p));
        values.put("singleLegStanceSecRight", whole(27 + 6 * p));
        values.put("hipHinge", p < 0.4 ? "fail" : "pass");
        values.put("toeTouchCm", whole(12 - 8 * p));
        values.put("craniovertebralAngleDeg", 51.0);
        values.put("occiputToWallCm", 0.0);
        values.put("breathHoldSec", whole(17 + 12 * p));
        values.put("restingBreathsPerMin", whole(17 - 4 * p));
        values.put("breathingPattern", p < 0.3 ? "chest" : p < 0.7 ? "mixed" : "abdominal");
        return values;
    }

    private static double half(double v) {
        return Math.round(v * 2) / 2.0;
    }

    private static double whole(double v) {
        return Math.round(v);
    }
}
