package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of the plan a person did. A planned item counts as done when a completed practice entry for
 * the same activity exists on the same day; practice that was not planned, or done on another day, neither
 * adds to nor takes from adherence, so the ratio stays between 0 and 1. An activity planned twice on a
 * day needs two completed entries. Pure and deterministic.
 */
public final class Adherence {

    /** Longest range a report covers, in days (about ten years). */
    public static final int MAX_RANGE_DAYS = 3660;

    private Adherence() {
    }

    /**
     * Adherence from {@code from} to {@code to} (both included), in total, per component and per 7-day week
     * counted from {@code from} (pass a Monday or the plan's start day to line weeks up with the calendar or the plan).
     * Planned items and entries outside the range are ignored.
     */
    public static AdherenceReport over(LocalDate from, LocalDate to, Collection<PlannedItem> planned,
            Collection<PracticeEntry> entries) {
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to must be dates with from not after to");
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("the range must be at most " + MAX_RANGE_DAYS + " days");
        }
        Map<Slot, Integer> completed = new HashMap<>();
        for (PracticeEntry e : entries) {
            if (e.completed() && inRange(e.date(), from, to)) completed.merge(new Slot(e.date(), e.activityId()), 1, Integer::sum);
        }
        Map<Slot, List<PlannedItem>> plannedBySlot = new LinkedHashMap<>();
        for (PlannedItem item : planned) {
            if (inRange(item.date(), from, to)) plannedBySlot.computeIfAbsent(new Slot(item.date(), item.activityId()), s -> new ArrayList<>()).add(item);
        }

        int weekCount = (int) (ChronoUnit.DAYS.between(from, to) / 7) + 1;
        List<Tallies> weeks = new ArrayList<>(weekCount);
        for (int i = 0; i < weekCount; i++) weeks.add(new Tallies());
        Tallies range = new Tallies();
        plannedBySlot.forEach((slot, items) -> {
            int left = completed.getOrDefault(slot, 0);
            Tallies week = weeks.get((int) (ChronoUnit.DAYS.between(from, slot.date()) / 7));
            for (PlannedItem item : items) {
                int done = left > 0 ? 1 : 0;
                left -= done;
                range.add(item.component(), done);
                week.add(item.component(), done);
            }
        });

        List<WeekAdherence> weekReports = new ArrayList<>(weekCount);
        for (int i = 0; i < weekCount; i++) {
            LocalDate start = from.plusDays(7L * i);
            LocalDate end = start.plusDays(6).isAfter(to) ? to : start.plusDays(6);
            weekReports.add(new WeekAdherence(start, end, weeks.get(i).total, weeks.get(i).byComponent));
        }
        return new AdherenceReport(from, to, range.total, range.byComponent, weekReports);
    }

    private static boolean inRange(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    private record Slot(LocalDate date, String activityId) {
    }

    private static final class Tallies {
        AdherenceTally total = AdherenceTally.NONE;
        final Map<String, AdherenceTally> byComponent = new TreeMap<>();

        void add(String component, int done) {
            total = total.plus(1, done);
            byComponent.merge(component, new AdherenceTally(1, done), (a, b) -> a.plus(b.planned(), b.done()));
        }
    }
}
