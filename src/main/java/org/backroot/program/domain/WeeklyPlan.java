package org.backroot.program.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A week of the program: seven consecutive days from {@code startsOn}.
 *
 * @param phase         the phase the plan was made for
 * @param startsOn      the first day (any weekday)
 * @param minutesPerDay the daily budget the plan was fitted to: the person's preference, or the
 *                      shorter flare budget in the calm phase; no day asks for more
 * @param days          exactly seven days, in date order
 */
public record WeeklyPlan(Phase phase, LocalDate startsOn, int minutesPerDay, List<PlanDay> days) {

    public static final int DAYS = 7;

    public WeeklyPlan {
        if (phase == null) throw new IllegalArgumentException("phase must be given");
        if (startsOn == null) throw new IllegalArgumentException("startsOn must be given");
        if (minutesPerDay < 1 || minutesPerDay > 60) {
            throw new IllegalArgumentException("minutesPerDay must be between 1 and 60, was " + minutesPerDay);
        }
        if (days == null || days.size() != DAYS) throw new IllegalArgumentException("days must hold exactly 7 days");
        days = List.copyOf(days);
        for (int i = 0; i < DAYS; i++) {
            if (!days.get(i).date().equals(startsOn.plusDays(i))) {
                throw new IllegalArgumentException("days must be the 7 consecutive days from startsOn; day " + (i + 1)
                        + " is " + days.get(i).date());
            }
            if (days.get(i).totalMinutes() > minutesPerDay) {
                throw new IllegalArgumentException("days " + days.get(i).date() + " asks for " + days.get(i).totalMinutes()
                        + " minutes, more than minutesPerDay " + minutesPerDay);
            }
        }
    }

    /** Days that are not rest days. */
    public List<PlanDay> practiceDays() {
        return days.stream().filter(d -> !d.restDay()).toList();
    }

    /** Every library activity id in the plan, sorted. */
    public Set<String> activityIds() {
        Set<String> ids = new TreeSet<>();
        for (PlanDay d : days) for (PlanItem i : d.items()) if (i.activityId() != null) ids.add(i.activityId());
        return ids;
    }

    /** Items planned on practice days (what adherence is measured against). */
    public List<PlanItem> practiceItems() {
        return practiceDays().stream().flatMap(d -> d.items().stream()).toList();
    }

    /** The same week without the items of the given activities (a restriction that appeared after the plan was made). */
    public WeeklyPlan without(Set<String> activityIds) {
        if (activityIds.isEmpty() || java.util.Collections.disjoint(activityIds(), activityIds)) return this;
        List<PlanDay> kept = days.stream().map(d -> new PlanDay(d.date(), d.restDay(),
                d.items().stream().filter(item -> !activityIds.contains(item.activityId())).toList())).toList();
        return new WeeklyPlan(phase, startsOn, minutesPerDay, kept);
    }
}
