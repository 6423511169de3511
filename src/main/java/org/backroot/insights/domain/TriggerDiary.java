package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's records arranged for regression: one row per analysable day with pain, the chosen lagged
 * exposures (1 = exposed, 0 = not), a linear trend and the day of the week. The trend keeps slow drifts
 * (getting better over a programme) from being read as the effect of a driver that drifted at the same
 * time; the weekday keeps weekly habits apart: when pain is worse on Mondays, everything that happens
 * on Fridays would otherwise look like a trigger at lag 3.
 */
final class TriggerDiary {

    private final List<DayRecord> outcomeDays;
    private final Map<LocalDate, DayRecord> byDate = new HashMap<>();
    private final long firstDay;
    private final int daysWithPain;

    TriggerDiary(List<DayRecord> records, boolean excludeFlareDays) {
        List<DayRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(DayRecord::date));
        sorted.forEach(r -> byDate.put(r.date(), r));
        this.outcomeDays = sorted.stream()
                .filter(r -> r.pain() != null && !(excludeFlareDays && r.flare())).toList();
        this.daysWithPain = (int) sorted.stream().filter(r -> r.pain() != null).count();
        this.firstDay = sorted.isEmpty() ? 0 : sorted.get(0).date().toEpochDay();
    }

    int daysWithPain() {
        return daysWithPain;
    }

    /** Rows for pain ~ 1 + exposures at their lags + trend + weekday; null when fewer than 20 rows. */
    Design design(List<TriggerDriver> drivers, List<Integer> lags) {
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Integer> day = new ArrayList<>();
        for (DayRecord r : outcomeDays) {
            double[] row = row(r, drivers, lags);
            if (row != null) {
                x.add(row);
                y.add(r.pain().doubleValue());
                day.add((int) (r.date().toEpochDay() - firstDay));
            }
        }
        return x.size() < 20 ? null : new Design(x.toArray(double[][]::new),
                y.stream().mapToDouble(Double::doubleValue).toArray(), day.stream().mapToInt(Integer::intValue).toArray());
    }

    private double[] row(DayRecord r, List<TriggerDriver> drivers, List<Integer> lags) {
        double[] row = new double[drivers.size() + 3];
        row[0] = 1;
        for (int i = 0; i < drivers.size(); i++) {
            DayRecord earlier = byDate.get(r.date().minusDays(lags.get(i)));
            Boolean exposed = earlier == null ? null : drivers.get(i).exposedOn(earlier);
            if (exposed == null) {
                return null;
            }
            row[i + 1] = exposed ? 1 : 0;
        }
        row[drivers.size() + 1] = (r.date().toEpochDay() - firstDay) / 100.0;
        row[drivers.size() + 2] = r.date().getDayOfWeek().getValue() >= 6 ? 1 : 0;
        return row;
    }

    /** A design matrix with its outcome and calendar day per row. */
    record Design(double[][] x, double[] y, int[] day) {

        int rows() {
            return y.length;
        }

        /** Rows where column c is 1, and where it is 0: the smaller of the two. */
        int smallerGroup(int c) {
            int exposed = 0;
            for (double[] row : x) {
                exposed += row[c] > 0.5 ? 1 : 0;
            }
            return Math.min(exposed, rows() - exposed);
        }

        /** The fit, or null when the exposure cannot be told apart from the weekday or trend. */
        StatsOlsFit fitOrNull() {
            try {
                return StatsGls.fitAr1(x, y, day);
            } catch (ArithmeticException singular) {
                return null;
            }
        }
    }
}
