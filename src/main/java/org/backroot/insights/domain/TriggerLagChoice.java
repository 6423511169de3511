package org.backroot.insights.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Picks one lag per driver. Testing one lag at a time is sharp but blurs timing: when short sleep raises
 * pain two days later, the one-lag tests of the neighbouring days pick up echoes (through the
 * day-to-day carry-over of both sleep and pain). So each driver with surviving lags is refitted with all
 * its lags 0-3 side by side; the surviving lag that stands out most there is kept, and only if it still
 * holds there (p below 0.1, the same bar as the screen). {@link #CONFIRM_P} is the stricter bar
 * {@link TriggerJointModel} uses when different drivers compete. When too few days have all four lags logged, the lag with the
 * smallest one-lag p is kept.
 */
final class TriggerLagChoice {

    /** Bar for a trigger to survive next to the person's other triggers. */
    static final double CONFIRM_P = 0.05;
    private static final double LAG_CONFIRM_P = 0.1;
    private static final List<Integer> ALL_LAGS = List.of(0, 1, 2, 3);

    private TriggerLagChoice() {
    }

    static List<TriggerCandidate> bestLagPerDriver(TriggerDiary diary, List<TriggerCandidate> survivors) {
        Map<TriggerDriver, List<TriggerCandidate>> byDriver = new EnumMap<>(TriggerDriver.class);
        survivors.forEach(c -> byDriver.computeIfAbsent(c.driver(), d -> new ArrayList<>()).add(c));
        List<TriggerCandidate> chosen = new ArrayList<>();
        byDriver.forEach((driver, lags) -> choose(diary, driver, lags, chosen));
        return chosen;
    }

    private static void choose(TriggerDiary diary, TriggerDriver driver, List<TriggerCandidate> lags,
            List<TriggerCandidate> chosen) {
        TriggerDiary.Design design = diary.design(List.of(driver, driver, driver, driver), ALL_LAGS);
        StatsOlsFit fit = design == null || design.rows() < 40 ? null : design.fitOrNull();
        if (fit == null) {
            chosen.add(lags.stream().min((a, b) -> Double.compare(a.pValue(), b.pValue())).orElseThrow());
            return;
        }
        TriggerCandidate best = null;
        double bestP = 1;
        for (TriggerCandidate c : lags) {
            double p = fit.pValue(1 + c.lag());
            boolean sameDirection = Math.signum(fit.beta()[1 + c.lag()]) == Math.signum(c.effect());
            if (sameDirection && p < bestP) {
                best = c;
                bestP = p;
            }
        }
        if (best != null && bestP < LAG_CONFIRM_P) {
            chosen.add(best);
        }
    }
}
