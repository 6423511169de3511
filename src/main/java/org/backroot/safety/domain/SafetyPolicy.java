package org.backroot.safety.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backroot.assessment.domain.Instrument;

/**
 * Red flags always win over the program. The status comes from the union of every positive sign a person
 * told us, in a screen or a check-in, that no clinician's assessment covers and no correction took back; the
 * combination rules run over that union, so the answer is the same whichever day and channel each sign came
 * in. Clear and see-doctor let the program run; urgent and emergency pause it until the person confirms a
 * clinician assessed them, or corrects an answer given by mistake. A new screen never lifts them: its "no"
 * answers add nothing to the union. Without a completed screen the program never runs.
 */
public final class SafetyPolicy {

    private SafetyPolicy() {
    }

    public static SafetyStatus status(SafetyHistory history, Instrument screen) {
        ScreeningResult open = evaluate(history.open(item -> conditionsOf(screen, item)), history, screen);
        SafetyOutcome outcome = open.outcome();
        if (history.lastScreenedAt() == null && !outcome.needsClinicianBeforeProgram()) {
            // Symptoms reported before the screening never stand in for it; only urgent ones are shown instead.
            return new SafetyStatus(SafetyState.NOT_SCREENED, false, false, SafetyInstructions.NOT_SCREENED, open.reasons(), Set.of());
        }
        if (outcome == SafetyOutcome.CLEAR) {
            Optional<SafetyStatus> cleared = clearedByClinician(history, screen);
            if (cleared.isPresent()) return cleared.get();
        }
        Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);
        if (open.reasons().stream().anyMatch(r -> r.condition() == RedFlagCondition.FRACTURE)) restrictions.add(Restriction.LOADED_FLEXION);
        // what a clinician restricted holds for its weeks whatever else is open
        restrictions.addAll(history.clinicianRestrictions());
        return new SafetyStatus(SafetyState.of(outcome), !outcome.needsClinicianBeforeProgram(), false, instructions(open),
                open.reasons(), restrictions);
    }

    /** The red-flag conditions a screening item bears on, in any role (sign, gate or criterion). */
    static Set<RedFlagCondition> conditionsOf(Instrument screen, String linkId) {
        Set<RedFlagCondition> conditions = EnumSet.noneOf(RedFlagCondition.class);
        screen.item(linkId).ifPresent(item -> item.redFlags().forEach(spec -> conditions.add(RedFlagCondition.fromJsonName(spec.condition()))));
        return conditions;
    }

    /**
     * An urgent or emergency result that a clinician has since checked stays visible as such, with their
     * all-clear, until the person completes the screen again after that assessment.
     */
    private static Optional<SafetyStatus> clearedByClinician(SafetyHistory history, Instrument screen) {
        Optional<Instant> own = history.ownClearances().stream().map(Clearance::confirmedAt).max(Comparator.naturalOrder());
        Optional<Instant> clinician = history.latestClinicianClearance().map(ClinicianClearance::recordedAt);
        Optional<Instant> latest = own.isPresent() && clinician.isPresent()
                ? Optional.of(own.get().isAfter(clinician.get()) ? own.get() : clinician.get()) : own.or(() -> clinician);
        if (latest.isEmpty() || history.lastScreenedAt().isAfter(latest.get())) return Optional.empty();
        ScreeningResult covered = evaluate(history.standing(), history, screen);
        if (!covered.outcome().needsClinicianBeforeProgram()) return Optional.empty();
        boolean recordedByClinician = clinician.isPresent() && latest.get().equals(clinician.get());
        return Optional.of(new SafetyStatus(SafetyState.of(covered.outcome()), true, true,
                recordedByClinician ? SafetyInstructions.CLINICIAN_RECORDED : SafetyInstructions.CLINICIAN_CLEARED,
                covered.reasons(), history.clinicianRestrictions()));
    }

    private static ScreeningResult evaluate(List<SignReport> reports, SafetyHistory history, Instrument screen) {
        return RedFlagEvaluator.evaluate(screen, reports.stream().map(SignReport::observation).toList(), history.facts());
    }

    /** The outcome's instructions; a "not sure" on a cauda equina question asks for a call today even when the outcome is lower. */
    private static String instructions(ScreeningResult result) {
        if (result.outcome() == SafetyOutcome.SEE_DOCTOR && result.reasons().stream().anyMatch(Reason::callToday)) {
            return SafetyInstructions.SAME_DAY_CALL;
        }
        return SafetyInstructions.forOutcome(result.outcome());
    }
}
