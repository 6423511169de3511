package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A person's usual pain: the mean pain of their check-ins in the days just before a date (the date itself
 * is not included, so a bad day does not raise its own yardstick).
 *
 * @param pain mean pain 0-10 over the window
 * @param days how many days in the window had a check-in
 * @param from first day of the window
 * @param to   last day of the window (the day before the date asked about)
 */
public record Baseline(double pain, int days, LocalDate from, LocalDate to) {

    public Baseline {
        if (!(pain >= 0 && pain <= 10)) throw new IllegalArgumentException("pain must be a mean from 0 to 10");
        if (days < 1) throw new IllegalArgumentException("days must be at least 1");
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to must be dates with from not after to");
    }

    /** Baseline before {@code date} with the default 14-day window and 3-day minimum. */
    public static Optional<Baseline> before(LocalDate date, Collection<CheckIn> checkIns) {
        return before(date, checkIns, FlareThresholds.defaults());
    }

    /**
     * Baseline before {@code date}: the mean pain of the check-ins dated in the {@code baselineDays} days
     * before it. Empty when fewer than {@code minBaselineDays} of those days have a check-in. When a day
     * appears more than once, the last one in {@code checkIns} counts.
     */
    public static Optional<Baseline> before(LocalDate date, Collection<CheckIn> checkIns, FlareThresholds thresholds) {
        TreeMap<LocalDate, Integer> painByDay = new TreeMap<>();
        for (CheckIn c : checkIns) painByDay.put(c.date(), c.pain());
        return before(date, painByDay, thresholds);
    }

    /** Baseline before {@code date} from pain by day (days outside the window are ignored). */
    public static Optional<Baseline> before(LocalDate date, Map<LocalDate, Integer> painOnDay, FlareThresholds thresholds) {
        LocalDate to = date.minusDays(1);
        LocalDate from = date.minusDays(thresholds.baselineDays());
        TreeMap<LocalDate, Integer> painByDay = new TreeMap<>();
        for (Map.Entry<LocalDate, Integer> e : painOnDay.entrySet()) {
            if (!e.getKey().isBefore(from) && !e.getKey().isAfter(to)) painByDay.put(e.getKey(), e.getValue());
        }
        if (painByDay.size() < thresholds.minBaselineDays()) return Optional.empty();
        double sum = 0;
        for (int pain : painByDay.values()) sum += pain;
        double mean = Math.min(10, Math.max(0, sum / painByDay.size()));
        return Optional.of(new Baseline(mean, painByDay.size(), from, to));
    }

    /** The mean rounded to one decimal, for people, e.g. "3.4". */
    public String painText() {
        return Numbers.oneDecimal(pain);
    }
}
