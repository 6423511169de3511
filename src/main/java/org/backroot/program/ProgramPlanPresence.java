package org.backroot.program;

import org.backroot.profile.PlanPresence;
import org.springframework.stereotype.Component;

/** Tells the profile page whether the person has made a plan yet. */
@Component
class ProgramPlanPresence implements PlanPresence {

    private final PlanRepository plans;

    ProgramPlanPresence(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public boolean hasPlan(String userId) {
        return plans.latestPlan(userId).isPresent();
    }
}
