package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link RiskModel}'s coefficients were obtained: a ridge logistic regression on simulated people
 * (never real data). Each person's own triggers come from {@link TriggerAnalysis} on their first
 * {@code learningDays}; the model then predicts, for each later day with no flare marked that day or
 * the 2 days before, whether a flare starts within the next 7 days.
 */
final class RiskFit {

    static final double RIDGE = 1.0;
    /** Days just after a flare are left out: the question then is recovery, not a new flare. */
    static final int RECENT_FLARE_DAYS = 3;

    private RiskFit() {
    }

    static double[] fit(List<RiskExample> examples) {
        double[][] x = examples.stream().map(e -> e.features().asVector()).toArray(double[][]::new);
        boolean[] y = new boolean[examples.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = examples.get(i).flareWithin7Days();
        }
        return StatsLogistic.fit(x, y, RIDGE, 25);
    }

    static List<RiskExample> examples(List<SimResult> people, int learningDays) {
        List<RiskExample> out = new ArrayList<>();
        for (SimResult person : people) {
            out.addAll(examplesOf(person.days(), learningDays));
        }
        return out;
    }

    static List<RiskExample> examplesOf(List<DayRecord> days, int learningDays) {
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate first = days.get(0).date();
        LocalDate cut = first.plusDays(learningDays);
        List<DayRecord> learning = days.stream().filter(d -> d.date().isBefore(cut)).toList();
        List<Trigger> triggers = TriggerAnalysis.analyze(learning, TriggerSettings.defaults()).triggers();
        Map<LocalDate, DayRecord> byDate = new HashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        LocalDate last = days.get(days.size() - 1).date();
        List<RiskExample> out = new ArrayList<>();
        for (DayRecord today : days) {
            if (!today.date().isBefore(cut) && !RiskFlareOnset.flareWithin(byDate, today.date(), RECENT_FLARE_DAYS)
                    && today.date().plusDays(7).compareTo(last) <= 0) {
                out.add(new RiskExample(RiskFeatures.of(days, triggers, today.date()),
                        flareStartsWithin7Days(byDate, today.date())));
            }
        }
        return out;
    }

    /** Whether a flare starts ({@link RiskFlareOnset}) within the 7 days after today. */
    static boolean flareStartsWithin7Days(Map<LocalDate, DayRecord> byDate, LocalDate today) {
        for (int ahead = 1; ahead <= 7; ahead++) {
            if (RiskFlareOnset.startsOn(byDate, today.plusDays(ahead))) {
                return true;
            }
        }
        return false;
    }
}
