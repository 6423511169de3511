package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backroot.safety.RescreenSignal.RescreenReason;
import org.backroot.safety.domain.Reason;
import org.backroot.safety.domain.RedFlagEvaluator;
import org.backroot.safety.domain.Restriction;
import org.backroot.safety.domain.SafetyState;

/**
 * A person's safety status as pages and the API show it.
 *
 * @param screenedAt   when the red-flag screen was last completed, null if never
 * @param restrictions parts of the program held back while it runs (e.g. loaded bending with possible fragile bones)
 * @param rescreen     why the screen should be answered again now; empty when it is not due
 * @param corrections  the answers the person took back as given by mistake, oldest first
 */
public record SafetyView(SafetyState state, boolean programAllowed, boolean clinicianCleared, String instructions,
                         List<Reason> reasons, Instant screenedAt, Set<Restriction> restrictions, List<RescreenReason> rescreen,
                         List<CorrectionView> corrections) {

    public record CorrectionView(String item, LocalDate correctedOn, String note) {
    }

    public SafetyView {
        reasons = List.copyOf(reasons);
        restrictions = Set.copyOf(restrictions);
        rescreen = List.copyOf(rescreen);
        corrections = List.copyOf(corrections);
    }

    public String status() {
        return state.jsonName();
    }

    public boolean rescreenDue() {
        return !rescreen.isEmpty();
    }

    /** Whether loaded bending and lifting are held back from the plan until a clinician has checked. */
    public boolean restricts(Restriction restriction) {
        return restrictions.contains(restriction);
    }

    /** Urgent and emergency results stay on every page until a clinician has seen the person. */
    public boolean bannerVisible() {
        return (state == SafetyState.URGENT || state == SafetyState.EMERGENCY) && !clinicianCleared;
    }

    /** The screening items behind an open result, which the person may take back as answered by mistake. */
    public List<String> correctableItems() {
        if (clinicianCleared) return List.of();
        return RedFlagEvaluator.answeredItems(reasons);
    }

    public String headline() {
        if (state == SafetyState.SEE_DOCTOR && !clinicianCleared && reasons.stream().anyMatch(Reason::callToday)) {
            return "Please phone for medical advice today.";
        }
        if (clinicianCleared) return "A clinician has checked you.";
        return switch (state) {
            case EMERGENCY -> "Please get emergency care now.";
            case URGENT -> "Please see a doctor today.";
            case SEE_DOCTOR -> "Please mention these answers to your doctor.";
            case CLEAR -> "No warning signs in your answers.";
            case NOT_SCREENED -> "Safety questions first.";
        };
    }

    public List<String> reasonMessages() {
        return reasons.stream().map(Reason::message).toList();
    }
}
