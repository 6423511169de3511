package org.backroot.program.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the progression rules decided for the next plan.
 *
 * @param kind               progress, hold, or regress some activities
 * @param phase              the phase for the next plan
 * @param levelShift         +1 for a level-up within maintain, else 0 (add under {@code "all"} in the history)
 * @param regressActivityIds activities to step back one level (non-empty exactly for REGRESS_ACTIVITY)
 * @param reasons            plain words for the person, at least one
 */
public record PlanDecision(Kind kind, Phase phase, int levelShift, List<String> regressActivityIds, List<String> reasons) {

    public enum Kind { PROGRESS, HOLD, REGRESS_ACTIVITY }

    public PlanDecision {
        if (kind == null) throw new IllegalArgumentException("kind must be given");
        if (phase == null) throw new IllegalArgumentException("phase must be given");
        regressActivityIds = regressActivityIds == null ? List.of() : List.copyOf(regressActivityIds);
        if ((kind == Kind.REGRESS_ACTIVITY) == regressActivityIds.isEmpty()) {
            throw new IllegalArgumentException("regressActivityIds must be non-empty exactly when kind is REGRESS_ACTIVITY");
        }
        if (reasons == null || reasons.isEmpty() || reasons.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new IllegalArgumentException("reasons must hold at least one non-blank reason");
        }
        reasons = List.copyOf(reasons);
    }

    /** The history for the next plan: each regressed activity one link easier, a level-up one band higher. */
    public PlanHistory applyTo(PlanHistory history) {
        PlanHistory h = history == null ? PlanHistory.empty() : history;
        for (String id : regressActivityIds) h = h.withShift(id, -1);
        if (levelShift != 0) h = h.withShift(PlanHistory.ALL, levelShift);
        return h;
    }

    /** The phase switch to record, when this decision changes the phase or levels up. */
    public Optional<PhaseChange> phaseChange(Phase from, LocalDate date) {
        if (kind != Kind.PROGRESS || (phase == from && levelShift == 0)) return Optional.empty();
        return Optional.of(new PhaseChange(from, phase, reasons.get(0), date, levelShift));
    }
}
