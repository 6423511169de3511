package org.backroot.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backroot.program.domain.PlanDay;
import org.backroot.program.domain.PlanDecision;
import org.backroot.program.domain.WeeklyPlan;

/**
 * A generated weekly plan as stored.
 *
 * @param id              plan id
 * @param userId          whose plan
 * @param plan            the plan itself
 * @param decisionKind    the weekly progression decision that shaped this plan, or null when none was taken
 * @param decisionReasons the decision's reasons in plain words (empty when none)
 * @param createdAt       when it was generated; the newest plan is the current one
 */
public record StoredPlan(String id, String userId, WeeklyPlan plan, PlanDecision.Kind decisionKind, List<String> decisionReasons,
                         Instant createdAt) {

    public StoredPlan {
        decisionReasons = decisionReasons == null ? List.of() : List.copyOf(decisionReasons);
    }

    /** This plan without the items of the given activities. */
    public StoredPlan without(java.util.Set<String> activityIds) {
        WeeklyPlan kept = plan.without(activityIds);
        return kept == plan ? this : new StoredPlan(id, userId, kept, decisionKind, decisionReasons, createdAt);
    }

    /** The plan day for a date, when the date falls in this plan's week. */
    public Optional<PlanDay> day(LocalDate date) {
        return plan.days().stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** True when the week of this plan has ended by {@code today}. */
    public boolean finishedBy(LocalDate today) {
        return !today.isBefore(plan.startsOn().plusDays(WeeklyPlan.DAYS));
    }
}
