package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Early warning: the chance that a flare starts in the next 7 days, from a transparent logistic score
 * over a handful of warning signs ({@link RiskFeatures}). Each sign adds coefficient x value to the
 * log-odds, so every part of the risk can be named and explained.
 *
 * <p>The coefficients were fitted by {@link RiskFit} (ridge 1.0) on 200 simulated people x 180 days,
 * {@code SimPopulation.generate(101, 200, 180)}, own triggers learnt from each person's first 90 days,
 * outcome = a flare starting within 7 days, then rounded and frozen here. {@code RiskEvaluationTest}
 * re-fits them to show they still match the simulator and scores them on held-out simulated people. They
 * are not fitted to real people: treat the number as a rough guide, which is how it is worded.
 * In the simulator the pain signs carry most of the warning (a flare is often preceded by a few days of
 * creeping pain); the person's own pain triggers add almost nothing once those are known, so their
 * coefficient is near zero — they are kept so that the advice can name them.
 */
public final class RiskModel {

    static final double INTERCEPT = -1.818;
    static final double PAIN_SLOPE_7 = 0.919;
    static final double PAIN_ABOVE_USUAL = 0.466;
    static final double SHORT_SLEEP_NIGHTS = 0.085;
    static final double STRESSED_DAYS = 0.030;
    static final double LONG_SITTING_DAYS = 0.085;
    static final double OWN_TRIGGER_POINTS = 0.006;
    static final double RECENT_FLARE_RATE = 0.329;

    static final double[] COEFFICIENTS = {INTERCEPT, PAIN_SLOPE_7, PAIN_ABOVE_USUAL, SHORT_SLEEP_NIGHTS,
            STRESSED_DAYS, LONG_SITTING_DAYS, OWN_TRIGGER_POINTS, RECENT_FLARE_RATE};

    private RiskModel() {
    }

    public static RiskAssessment flareRisk7d(List<DayRecord> history, List<Trigger> personalTriggers, LocalDate today) {
        if (history == null || personalTriggers == null || today == null) {
            throw new IllegalArgumentException("history, personalTriggers and today: must be given");
        }
        RiskFeatures f = RiskFeatures.of(history, personalTriggers, today);
        double risk = probability(f);
        List<RiskDriver> drivers = drivers(f, personalTriggers);
        return new RiskAssessment(risk, RiskLevel.of(risk), drivers, RiskWords.advice(f, drivers, personalTriggers));
    }

    static double probability(RiskFeatures f) {
        return StatsLogistic.sigmoid(StatsLogistic.dot(f.asVector(), COEFFICIENTS));
    }

    private static List<RiskDriver> drivers(RiskFeatures f, List<Trigger> triggers) {
        List<RiskDriver> all = new ArrayList<>();
        add(all, "painRising", PAIN_SLOPE_7 * f.painSlope7(), RiskWords.painRising());
        add(all, "painAboveUsual", PAIN_ABOVE_USUAL * f.painAboveUsual(), RiskWords.painAboveUsual(f.painAboveUsual()));
        add(all, "shortSleep", SHORT_SLEEP_NIGHTS * f.shortSleepNights(), RiskWords.shortSleep(f.shortSleepNights()));
        add(all, "stress", STRESSED_DAYS * f.stressedDays(), RiskWords.stress(f.stressedDays()));
        add(all, "longSitting", LONG_SITTING_DAYS * f.longSittingDays(), RiskWords.longSitting(f.longSittingDays()));
        add(all, "ownTriggers", OWN_TRIGGER_POINTS * f.ownTriggerPoints(), RiskWords.ownTriggers());
        add(all, "recentFlares", RECENT_FLARE_RATE * f.recentFlareRate(), RiskWords.recentFlares());
        all.sort(Comparator.comparingDouble(RiskDriver::contribution).reversed());
        return all.subList(0, Math.min(3, all.size()));
    }

    /** Only signs that raise the risk by a noticeable amount (0.05 log-odds) are worth naming. */
    private static void add(List<RiskDriver> out, String name, double contribution, String sentence) {
        if (contribution >= 0.05) {
            out.add(new RiskDriver(name, Math.round(contribution * 100) / 100.0, sentence));
        }
    }
}
