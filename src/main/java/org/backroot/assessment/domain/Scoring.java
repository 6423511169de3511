package org.backroot.assessment.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the scored items of an instrument add up.
 *
 * @param maxMissing how many scored items may be skipped and still give a (prorated) score
 * @param rescale    map the score linearly from [lowest possible, highest possible] onto 0-100
 * @param bands      evaluated in order, first match wins
 */
public record Scoring(ScoringMethod method, int maxMissing, boolean rescale, List<Subscale> subscales, List<BandRule> bands) {

    public Scoring {
        if (method == null) throw new IllegalArgumentException("scoring method must be sum or mean");
        if (maxMissing < 0) throw new IllegalArgumentException("scoring maxMissing must be 0 or more but was " + maxMissing);
        subscales = subscales == null ? List.of() : List.copyOf(subscales);
        bands = bands == null ? List.of() : List.copyOf(bands);
        Set<String> ids = new HashSet<>();
        for (Subscale subscale : subscales) {
            if (!ids.add(subscale.id())) throw new IllegalArgumentException("subscale id '" + subscale.id() + "' is used more than once");
        }
        for (BandRule rule : bands) {
            if (rule.subscale() != null && !ids.contains(rule.subscale())) {
                throw new IllegalArgumentException("band '" + rule.band() + "' refers to subscale '" + rule.subscale() + "', which is not defined");
            }
        }
    }
}
