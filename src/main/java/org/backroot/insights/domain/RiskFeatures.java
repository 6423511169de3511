package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The warning signs the early-warning model looks at, computed from the days up to and including today.
 * Missing measures count as "no sign" rather than guessing.
 *
 * @param painSlope7        pain change per day over the last 7 days (least-squares slope)
 * @param painAboveUsual    mean pain of the last 7 days minus the person's usual (mean of the last 90 days)
 *                          Pain features skip flare days: a flare's own days say little about the next one
 *                          and would hide a slow build-up.
 * @param shortSleepNights  nights under 6 hours among the last 5
 * @param stressedDays      days with stress 6 or more among the last 7
 * @param longSittingDays   days sitting more than 6 hours among the last 7
 * @param ownTriggerPoints  pain points of the person's own pain-raising triggers seen in the last 3 days
 * @param recentFlareRate   flares started per 30 logged days over the last 90 days
 */
record RiskFeatures(double painSlope7, double painAboveUsual, int shortSleepNights, int stressedDays,
        int longSittingDays, double ownTriggerPoints, double recentFlareRate) {

    static RiskFeatures of(List<DayRecord> history, List<Trigger> triggers, LocalDate today) {
        Map<LocalDate, DayRecord> byDate = new HashMap<>();
        history.stream().filter(r -> !r.date().isAfter(today)).forEach(r -> byDate.put(r.date(), r));
        Window w = new Window(byDate, today);
        double above = w.meanPain(0, 7) - w.meanPain(0, 90);
        return new RiskFeatures(w.painSlope(7), Double.isNaN(above) ? 0 : above,
                w.count(5, r -> r.sleepHours() != null && r.sleepHours() < 6),
                w.count(7, r -> r.stress() != null && r.stress() >= 6),
                w.count(7, r -> r.sittingHours() != null && r.sittingHours() > 6),
                ownTriggerPoints(w, triggers), w.flareOnsetsPer30(90));
    }

    private static double ownTriggerPoints(Window w, List<Trigger> triggers) {
        double points = 0;
        for (Trigger t : triggers) {
            if (t.direction() == TriggerDirection.HIGHER
                    && w.count(3, r -> Boolean.TRUE.equals(t.driver().exposedOn(r))) > 0) {
                points += t.effect();
            }
        }
        return points;
    }

    double[] asVector() {
        return new double[] {1, painSlope7, painAboveUsual, shortSleepNights, stressedDays, longSittingDays,
                ownTriggerPoints, recentFlareRate};
    }

    /** Days counted back from today: offset 0 is today. */
    private record Window(Map<LocalDate, DayRecord> byDate, LocalDate today) {

        DayRecord at(int daysBack) {
            return byDate.get(today.minusDays(daysBack));
        }

        int count(int days, Predicate<DayRecord> sign) {
            int n = 0;
            for (int back = 0; back < days; back++) {
                DayRecord r = at(back);
                n += r != null && sign.test(r) ? 1 : 0;
            }
            return n;
        }

        /** Mean pain over {@code days} days starting {@code from} days back; 0 when none logged. */
        double meanPain(int from, int days) {
            double sum = 0;
            int n = 0;
            for (int back = from; back < from + days; back++) {
                DayRecord r = at(back);
                if (r != null && r.pain() != null && !r.flare()) {
                    sum += r.pain();
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }

        double painSlope(int days) {
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            int n = 0;
            for (int back = 0; back < days; back++) {
                DayRecord r = at(back);
                if (r != null && r.pain() != null && !r.flare()) {
                    double x = -back;
                    sx += x;
                    sy += r.pain();
                    sxx += x * x;
                    sxy += x * r.pain();
                    n++;
                }
            }
            double denominator = n * sxx - sx * sx;
            return n < 4 || denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
        }

        double flareOnsetsPer30(int days) {
            int logged = 0;
            int onsets = 0;
            for (int back = 0; back < days; back++) {
                DayRecord r = at(back);
                if (r != null) {
                    logged++;
                    onsets += RiskFlareOnset.startsOn(byDate, r.date()) ? 1 : 0;
                }
            }
            return logged == 0 ? 0 : 30.0 * onsets / logged;
        }
    }
}
