package org.backroot.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.Activity;
import org.backroot.program.domain.CalmRules;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PlanDay;
import org.backroot.program.domain.PlanHistory;
import org.backroot.program.domain.PlanItem;
import org.backroot.program.domain.RescreenMoments;
import org.backroot.safety.RescreenSignal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The program's reasons to ask the red-flag screen again: a long calm phase, and the plan's first level-4 activity. */
@Configuration(proxyBeanMethods = false)
class ProgramRescreenSignals {

    /** How many recent plans are looked at for the first level-4 activity (about half a year of weeks and flares). */
    static final int PLANS_LOOKED_AT = 60;

    @Bean
    RescreenSignal longCalmRescreenSignal(PhaseChangeRepository phases, CalmRules calm) {
        return (userId, lastScreenedOn, today) -> {
            List<org.backroot.program.domain.PhaseChange> changes = phases.list(userId).stream().map(StoredPhaseChange::change).toList();
            int max = calm.schedule().maxDays();
            return RescreenMoments.longCalm(changes, lastScreenedOn, today, max).map(since -> new RescreenSignal.RescreenReason("long-calm",
                    since, "Your calm phase has lasted " + max + " days. Pain that stays up this long is worth checking: please answer"
                            + " the safety questions again and talk it over with a clinician."));
        };
    }

    @Bean
    RescreenSignal levelFourRescreenSignal(PlanRepository plans, PhaseChangeRepository phases, ActivityLibrary library) {
        return (userId, lastScreenedOn, today) -> {
            List<StoredPlan> recent = plans.recentPlans(userId, PLANS_LOOKED_AT);
            if (recent.isEmpty()) return Optional.empty();
            Map<LocalDate, Integer> highest = new TreeMap<>();
            for (StoredPlan p : recent) highest.merge(p.plan().startsOn(), highestLevel(p, library), Math::max);
            Phase phase = phases.latest(userId).map(c -> c.change().to()).orElse(Phase.BUILD);
            int nextTop = phase == Phase.CALM ? phase.maxLevel() : phase.maxLevel() + new PlanHistory(plans.levelShifts(userId), java.util.Set.of())
                    .shift(PlanHistory.ALL);
            return RescreenMoments.levelFour(highest, nextTop, lastScreenedOn, today).map(since -> new RescreenSignal.RescreenReason("level-4",
                    since, "Your plan is moving up to its hardest level. Before it does, please answer the safety questions again."));
        };
    }

    private static int highestLevel(StoredPlan plan, ActivityLibrary library) {
        int highest = 0;
        for (PlanDay d : plan.plan().days()) for (PlanItem i : d.items()) {
            if (i.activityId() != null) highest = Math.max(highest, library.byId(i.activityId()).map(Activity::level).orElse(0));
        }
        return highest;
    }
}
