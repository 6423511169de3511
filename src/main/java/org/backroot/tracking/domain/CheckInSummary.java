package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Small read-only summaries of check-ins for pages. Pure; "today" is passed in. */
public final class CheckInSummary {

    private CheckInSummary() {
    }

    /**
     * Consecutive days with a check-in, ending today, or ending yesterday when today has no check-in yet
     * (so the streak is not shown as broken before the person has had the chance to check in).
     */
    public static int streak(Collection<CheckIn> checkIns, LocalDate today) {
        Set<LocalDate> days = dates(checkIns);
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** Mean pain over today and the 6 days before, against the 7 days before those. */
    public static PainTrend painTrend(Collection<CheckIn> checkIns, LocalDate today) {
        TreeMap<LocalDate, Integer> pain = painByDay(checkIns);
        double[] recent = mean(pain, today.minusDays(6), today);
        double[] previous = mean(pain, today.minusDays(13), today.minusDays(7));
        return new PainTrend(recent[1] == 0 ? null : recent[0], (int) recent[1],
                previous[1] == 0 ? null : previous[0], (int) previous[1]);
    }

    /** The check-in with the latest date, if any. */
    public static Optional<CheckIn> latest(Collection<CheckIn> checkIns) {
        return checkIns.stream().max(Comparator.comparing(CheckIn::date));
    }

    /** Days from {@code from} to {@code to} (both included) that have a check-in. */
    public static int daysCheckedIn(Collection<CheckIn> checkIns, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day : dates(checkIns)) if (!day.isBefore(from) && !day.isAfter(to)) count++;
        return count;
    }

    /** Days from {@code from} to {@code to} (both included) without a check-in, oldest first. */
    public static List<LocalDate> missingDays(Collection<CheckIn> checkIns, LocalDate from, LocalDate to) {
        Set<LocalDate> days = dates(checkIns);
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) if (!days.contains(day)) missing.add(day);
        return missing;
    }

    private static Set<LocalDate> dates(Collection<CheckIn> checkIns) {
        Set<LocalDate> days = new HashSet<>();
        for (CheckIn c : checkIns) days.add(c.date());
        return days;
    }

    /** Last check-in per day wins, as in {@link Baseline}. */
    private static TreeMap<LocalDate, Integer> painByDay(Collection<CheckIn> checkIns) {
        TreeMap<LocalDate, Integer> pain = new TreeMap<>();
        for (CheckIn c : checkIns) pain.put(c.date(), c.pain());
        return pain;
    }

    /** {mean, count} over the days from..to. */
    private static double[] mean(TreeMap<LocalDate, Integer> pain, LocalDate from, LocalDate to) {
        Collection<Integer> values = pain.subMap(from, true, to, true).values();
        double sum = 0;
        for (int p : values) sum += p;
        return new double[] {values.isEmpty() ? 0 : sum / values.size(), values.size()};
    }
}
