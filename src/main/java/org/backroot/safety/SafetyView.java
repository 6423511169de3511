package org.backroot.safety;

import java.time.Instant;
import java.util.List;

import org.backroot.safety.domain.Reason;
import org.backroot.safety.domain.SafetyState;

/**
 * A person's safety status as pages and the API show it.
 *
 * @param screenedAt when the red-flag screen was last completed, null if never
 */
public record SafetyView(SafetyState state, boolean programAllowed, boolean clinicianCleared, String instructions,
                         List<Reason> reasons, Instant screenedAt) {

    public String status() {
        return state.jsonName();
    }

    /** Urgent and emergency results stay on every page until a clinician has seen the person. */
    public boolean bannerVisible() {
        return (state == SafetyState.URGENT || state == SafetyState.EMERGENCY) && !clinicianCleared;
    }

    public String headline() {
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
