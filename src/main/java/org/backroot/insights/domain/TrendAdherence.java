package org.backroot.insights.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adherence by plan component over a range, as whole percentages for a chart. Done items above the planned
 * ones on a row count as the planned number, so percentages stay between 0 and 100. Pure and deterministic.
 *
 * @param from       first day (included)
 * @param to         last day (included)
 * @param planned    items planned in the range
 * @param done       of those, items done
 * @param percent    done as a whole percentage of planned, or null when nothing was planned
 * @param components per component, by name
 */
public record TrendAdherence(LocalDate from, LocalDate to, int planned, int done, Integer percent, List<Component> components) {

    /**
     * @param component the plan component
     * @param planned   items planned
     * @param done      of those, items done
     * @param percent   whole percentage, or null when nothing was planned
     */
    public record Component(String component, int planned, int done, Integer percent) {
    }

    public TrendAdherence {
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to: must be dates with from not after to");
        components = List.copyOf(components);
    }

    public static TrendAdherence over(Collection<TrendAdherenceRow> rows, LocalDate from, LocalDate to) {
        if (rows == null) throw new IllegalArgumentException("rows: must be given (may be empty)");
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to: must be dates with from not after to");
        if (ChronoUnit.DAYS.between(from, to) >= TrendSeries.MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("from and to: the range must be at most " + TrendSeries.MAX_RANGE_DAYS + " days");
        }
        Map<String, int[]> tallies = new TreeMap<>();
        int planned = 0;
        int done = 0;
        for (TrendAdherenceRow r : rows) {
            if (r.date().isBefore(from) || r.date().isAfter(to)) continue;
            int d = Math.min(r.done(), r.planned());
            int[] t = tallies.computeIfAbsent(r.component(), c -> new int[2]);
            t[0] += r.planned();
            t[1] += d;
            planned += r.planned();
            done += d;
        }
        List<Component> components = new ArrayList<>();
        tallies.forEach((c, t) -> components.add(new Component(c, t[0], t[1], percent(t[0], t[1]))));
        return new TrendAdherence(from, to, planned, done, percent(planned, done), components);
    }

    public static TrendAdherence forWindow(Collection<TrendAdherenceRow> rows, TrendWindow window, LocalDate today) {
        if (window == null) throw new IllegalArgumentException("window: must be given");
        return over(rows, window.from(today), today);
    }

    private static Integer percent(int planned, int done) {
        return planned == 0 ? null : (int) Math.round(100.0 * done / planned);
    }
}
