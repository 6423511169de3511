package org.backroot.insights.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a person's own pain triggers in their diary.
 *
 * <ol>
 *   <li>For every driver and lag 0-3: regress pain on the lagged yes/no exposure and a linear trend
 *       (OLS, Newey-West standard errors so runs of bad days do not count as independent evidence).</li>
 *   <li>Benjamini-Hochberg across all those tests; keep q below {@link TriggerSettings#maxQ()}.</li>
 *   <li>Per driver keep only the best surviving lag, judged with all its lags side by side
 *       ({@link TriggerLagChoice}).</li>
 *   <li>Refit the survivors together and drop, one at a time, any that no longer holds (p at or above
 *       0.05) once the others are accounted for: short sleep and poor sleep quality, or active minutes and
 *       steps, travel together, and only the one that carries the link should be reported.</li>
 * </ol>
 * Nothing is claimed with fewer than {@link TriggerSettings#minDays()} days of pain logged.
 */
public final class TriggerAnalysis {

    private TriggerAnalysis() {
    }

    public static TriggerReport analyze(List<DayRecord> days, TriggerSettings settings) {
        TriggerDiary diary = new TriggerDiary(days, settings.excludeFlareDays());
        if (diary.daysWithPain() < settings.minDays()) {
            return new TriggerReport(diary.daysWithPain(), List.of());
        }
        List<TriggerCandidate> tested = screen(diary, settings);
        List<TriggerCandidate> kept = TriggerJointModel.keepThoseThatHold(diary,
                TriggerLagChoice.bestLagPerDriver(diary, tested));
        List<Trigger> triggers = kept.stream()
                .map(c -> c.toTrigger(settings))
                .sorted(Comparator.comparingDouble((Trigger t) -> -Math.abs(t.effect())).thenComparingDouble(Trigger::qValue))
                .toList();
        return new TriggerReport(diary.daysWithPain(), triggers);
    }

    /** Every testable driver and lag, with BH q-values across all of them. */
    private static List<TriggerCandidate> screen(TriggerDiary diary, TriggerSettings settings) {
        List<TriggerCandidate> tested = new ArrayList<>();
        for (TriggerDriver driver : TriggerDriver.values()) {
            for (int lag = 0; lag <= TriggerSettings.MAX_LAG; lag++) {
                TriggerDiary.Design design = diary.design(List.of(driver), List.of(lag));
                StatsOlsFit fit = design == null || design.smallerGroup(1) < settings.minExposedDays()
                        ? null : design.fitOrNull();
                if (fit != null) {
                    tested.add(TriggerCandidate.from(driver, lag, fit, 1, Double.NaN));
                }
            }
        }
        double[] q = StatsFdr.qValues(tested.stream().mapToDouble(TriggerCandidate::pValue).toArray());
        List<TriggerCandidate> withQ = new ArrayList<>();
        for (int i = 0; i < tested.size(); i++) {
            withQ.add(tested.get(i).withQ(q[i]));
        }
        return withQ.stream().filter(c -> c.qValue() < settings.maxQ()).toList();
    }
}
