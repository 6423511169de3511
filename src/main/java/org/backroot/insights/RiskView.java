package org.backroot.insights;

import java.util.List;

import org.backroot.insights.domain.RiskAssessment;
import org.backroot.insights.domain.RiskDriver;

/**
 * The 7-day flare risk as pages and the API show it.
 *
 * @param flareRisk7d chance of a flare starting in the next 7 days, 0 to 1
 * @param level       "low", "elevated" or "high"
 * @param drivers     warning signs that raise it, largest first (at most 3, may be empty)
 * @param advice      what to do about it, in plain words
 * @param daysOfData  check-ins in the 90 days the model reads
 * @param optedIn     whether the person chose to see the estimate (off by default); pages show the number only then
 */
public record RiskView(double flareRisk7d, String level, List<RiskDriver> drivers, String advice, int daysOfData, boolean optedIn) {

    /**
     * Where the model's weights come from, said wherever the number is shown: until real outcomes exist, the model
     * is fitted on simulated people (insights.domain.Simulator), not on real ones.
     */
    public static final String BASIS = "simulated";

    /** Fewer check-ins than this in the last 90 days: pages say the risk is not known yet. */
    public static final int MIN_DAYS = 14;

    public RiskView {
        if (!(flareRisk7d >= 0 && flareRisk7d <= 1)) throw new IllegalArgumentException("flareRisk7d: must be from 0 to 1, was " + flareRisk7d);
        if (!List.of("low", "elevated", "high").contains(level)) {
            throw new IllegalArgumentException("level: must be low, elevated or high, was " + level);
        }
        drivers = List.copyOf(drivers);
        if (advice == null || advice.isBlank()) throw new IllegalArgumentException("advice: must be given");
        if (daysOfData < 0) throw new IllegalArgumentException("daysOfData: must not be negative");
    }

    static RiskView of(RiskAssessment a, int daysOfData) {
        return new RiskView(a.flareRisk7d(), a.level().label(), a.drivers(), a.advice(), daysOfData, false);
    }

    RiskView withOptedIn(boolean chosen) {
        return new RiskView(flareRisk7d, level, drivers, advice, daysOfData, chosen);
    }

    /** Whether there are enough recent check-ins to show the number on pages. */
    public boolean enoughData() {
        return daysOfData >= MIN_DAYS;
    }

    /** Whole percent for pages ("About 35 % chance"). */
    public int percent() {
        return (int) Math.round(flareRisk7d * 100);
    }

    /** The badge level from the shared palette: low, moderate or high. */
    public String badge() {
        return switch (level) {
            case "high" -> "high";
            case "elevated" -> "moderate";
            default -> "low";
        };
    }
}
