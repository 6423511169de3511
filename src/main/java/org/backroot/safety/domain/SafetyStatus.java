package org.backroot.safety.domain;

import java.util.List;
import java.util.Set;

/**
 * What the app shows and allows right now.
 *
 * @param programAllowed   whether exercises and the plan may be shown
 * @param clinicianCleared an urgent or emergency result was followed by a clinician's assessment
 * @param instructions     what care to seek and how soon, in plain words
 * @param reasons          the reasons behind the state, most severe first
 * @param restrictions     parts of the program held back while it runs
 */
public record SafetyStatus(SafetyState status, boolean programAllowed, boolean clinicianCleared, String instructions, List<Reason> reasons,
                           Set<Restriction> restrictions) {

    public SafetyStatus {
        if (status == null) throw new IllegalArgumentException("status must not be null");
        if (instructions == null || instructions.isBlank()) throw new IllegalArgumentException("instructions must not be blank");
        if (status == SafetyState.NOT_SCREENED && programAllowed) throw new IllegalArgumentException("the program needs a screening first");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        restrictions = restrictions == null ? Set.of() : Set.copyOf(restrictions);
    }
}
