package org.backroot.profile.domain;

import java.util.ArrayList;
import java.util.List;

/** What changed in a profile after one more step: factors whose load or basis moved, and newly named source regions. */
public final class ProfileChanges {

    /**
     * One factor that changed.
     *
     * @param before the load before, or null when it was not measured yet
     * @param after  the load now
     * @param sharpened true when a first look was replaced by the full check
     */
    public record FactorChange(String id, String label, Integer before, FactorLevel levelBefore, Integer after, FactorLevel levelAfter,
                               boolean sharpened) {
    }

    public record Changes(List<FactorChange> factors, List<SourceRegion> newSources) {

        public boolean none() {
            return factors.isEmpty() && newSources.isEmpty();
        }
    }

    private ProfileChanges() {
    }

    public static Changes between(Profile before, Profile after) {
        List<FactorChange> factors = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            FactorLoad b = before.factor(factor);
            FactorLoad a = after.factor(factor);
            if (a.load() == null) continue;
            boolean sharpened = b.firstLook() && !a.firstLook();
            if (!a.load().equals(b.load()) || sharpened) {
                factors.add(new FactorChange(a.id(), a.label(), b.load(), b.level(), a.load(), a.level(), sharpened));
            }
        }
        List<SourceRegion> added = after.sources().stream()
                .filter(s -> before.sources().stream().noneMatch(o -> o.region() == s.region() && o.side() == s.side()))
                .toList();
        return new Changes(factors, added);
    }
}
