package org.backroot.profile.domain;

import java.util.List;

/**
 * A completed factor questionnaire, as the profile needs it.
 *
 * @param factorId one of movement, stress, posture, inflammation, fear, breathing
 * @param load     the check's score rescaled to 0-100 (higher = more load)
 * @param items    the scored items with their points, used to name what drove the load
 * @param shortScreen true when this is the 2-3 item short screen of the first visit, not the full check: it places the
 *                 factor, with less confidence
 */
public record FactorCheck(String factorId, double load, List<ItemEvidence> items, boolean shortScreen) {

    /** A full factor check. */
    public FactorCheck(String factorId, double load, List<ItemEvidence> items) {
        this(factorId, load, items, false);
    }

    public FactorCheck {
        if (Factor.byId(factorId).isEmpty()) {
            throw new IllegalArgumentException("factorId must be one of movement, stress, posture, inflammation, fear, breathing (was " + factorId + ")");
        }
        if (!Double.isFinite(load) || load < 0 || load > 100) throw new IllegalArgumentException("load must be between 0 and 100");
        if (items == null) throw new IllegalArgumentException("items must not be null (use an empty list)");
        items = List.copyOf(items);
    }

    public Factor factor() {
        return Factor.byId(factorId).orElseThrow();
    }
}
