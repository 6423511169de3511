package org.backroot.insights.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart-ready series of one daily metric over a range: parallel lists of labels, values (null where there is
 * no data) and counts, plus markers placed on the labels. Pure and deterministic.
 *
 * <p>Daily: one entry per calendar day, labelled with its ISO date; count is 1 with a value, else 0.
 * Weekly: 7-day buckets counted back from {@code to}, so the last bucket ends on {@code to} and the first may be
 * shorter; each is labelled with its first day's ISO date, its value is the mean of the days with data, and its
 * count is how many days had data.
 *
 * @param from       first day (included)
 * @param to         last day (included)
 * @param resolution daily or weekly
 * @param labels     ISO date of each day or of each bucket's first day
 * @param values     value or mean per entry, null where there is no data
 * @param counts     days with data per entry
 * @param daysOfData days in the range with a value
 * @param mean       mean of all days with data in the range, or null without any
 * @param markers    markers within the range, by date, each with the index of the entry it falls in
 */
public record TrendSeries(LocalDate from, LocalDate to, TrendResolution resolution, List<String> labels, List<Double> values,
        List<Integer> counts, int daysOfData, Double mean, List<PlacedMarker> markers) {

    /** Longest range, in days (about ten years). */
    public static final int MAX_RANGE_DAYS = 3660;

    /**
     * A marker placed on the chart.
     *
     * @param index position in {@code labels}
     * @param at    the label there
     */
    public record PlacedMarker(int index, String at, LocalDate date, TrendMarker.Kind kind, String label) {
    }

    public TrendSeries {
        checkRange(from, to);
        if (resolution == null) throw new IllegalArgumentException("resolution: must be given");
        labels = List.copyOf(labels);
        values = Collections.unmodifiableList(new ArrayList<>(values));
        counts = List.copyOf(counts);
        markers = List.copyOf(markers);
        if (values.size() != labels.size() || counts.size() != labels.size()) {
            throw new IllegalArgumentException("labels, values and counts: must be the same length");
        }
    }

    public static TrendSeries daily(Collection<TrendPoint> points, LocalDate from, LocalDate to) {
        return build(points, from, to, TrendResolution.DAILY);
    }

    public static TrendSeries weekly(Collection<TrendPoint> points, LocalDate from, LocalDate to) {
        return build(points, from, to, TrendResolution.WEEKLY);
    }

    /** The window ending on {@code today}, daily up to 90 days and weekly for the year. */
    public static TrendSeries forWindow(Collection<TrendPoint> points, TrendWindow window, LocalDate today) {
        if (window == null) throw new IllegalArgumentException("window: must be given");
        return build(points, window.from(today), today, window.resolution());
    }

    /** This series with the markers that fall within its range, by date, placed on its entries. */
    public TrendSeries withMarkers(Collection<TrendMarker> add) {
        if (add == null) throw new IllegalArgumentException("markers: must be given (may be empty)");
        List<PlacedMarker> placed = new ArrayList<>(markers);
        for (TrendMarker m : add) {
            if (m.date().isBefore(from) || m.date().isAfter(to)) continue;
            int index = indexOf(m.date());
            placed.add(new PlacedMarker(index, labels.get(index), m.date(), m.kind(), m.label()));
        }
        placed.sort(Comparator.comparing(PlacedMarker::date).thenComparing(PlacedMarker::kind));
        return new TrendSeries(from, to, resolution, labels, values, counts, daysOfData, mean, placed);
    }

    /** The entry a day within the range falls in. */
    public int indexOf(LocalDate date) {
        if (date == null || date.isBefore(from) || date.isAfter(to)) throw new IllegalArgumentException("date: must be within " + from + " to " + to);
        if (resolution == TrendResolution.DAILY) return (int) ChronoUnit.DAYS.between(from, date);
        int last = labels.size() - 1;
        return last - (int) (ChronoUnit.DAYS.between(date, to) / 7);
    }

    private static TrendSeries build(Collection<TrendPoint> points, LocalDate from, LocalDate to, TrendResolution resolution) {
        checkRange(from, to);
        if (points == null) throw new IllegalArgumentException("points: must be given (may be empty)");
        Map<LocalDate, Double> byDay = new HashMap<>();
        for (TrendPoint p : points) {
            if (p.date().isBefore(from) || p.date().isAfter(to)) continue;
            if (byDay.put(p.date(), p.value()) != null) {
                throw new IllegalArgumentException("points: two values for " + p.date() + "; give one value per day");
            }
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        if (resolution == TrendResolution.DAILY) {
            for (int i = 0; i < days; i++) {
                LocalDate d = from.plusDays(i);
                Double v = byDay.get(d);
                labels.add(d.toString());
                values.add(v);
                counts.add(v == null ? 0 : 1);
            }
        } else {
            int buckets = (days + 6) / 7;
            for (int b = buckets - 1; b >= 0; b--) {
                LocalDate end = to.minusDays(7L * b);
                LocalDate start = end.minusDays(6).isBefore(from) ? from : end.minusDays(6);
                double sum = 0;
                int n = 0;
                for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                    Double v = byDay.get(d);
                    if (v != null) {
                        sum += v;
                        n++;
                    }
                }
                labels.add(start.toString());
                values.add(n == 0 ? null : sum / n);
                counts.add(n);
            }
        }
        Double mean = byDay.isEmpty() ? null : byDay.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new TrendSeries(from, to, resolution, labels, values, counts, byDay.size(), mean, List.of());
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to: must be dates with from not after to");
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("from and to: the range must be at most " + MAX_RANGE_DAYS + " days");
        }
    }
}
