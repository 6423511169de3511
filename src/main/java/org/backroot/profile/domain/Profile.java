package org.backroot.profile.domain;

import java.time.Instant;
import java.util.List;

/**
 * A person's factor profile at one moment.
 *
 * @param computedAt when it was computed
 * @param factors    always the six factors, in {@link Factor} order
 * @param sources    regions that may be handing the low back extra work, most severe first (may be empty)
 */
public record Profile(Instant computedAt, List<FactorLoad> factors, List<SourceRegion> sources) {

    public Profile {
        if (computedAt == null) throw new IllegalArgumentException("computedAt must be set");
        if (factors == null || factors.size() != Factor.values().length) throw new IllegalArgumentException("factors must hold all six factors");
        for (int i = 0; i < factors.size(); i++) {
            if (!factors.get(i).id().equals(Factor.values()[i].id())) {
                throw new IllegalArgumentException("factors must be in the order movement, stress, posture, inflammation, fear, breathing");
            }
        }
        factors = List.copyOf(factors);
        if (sources == null) throw new IllegalArgumentException("sources must not be null (use an empty list)");
        for (int i = 1; i < sources.size(); i++) {
            if (sources.get(i).severity() > sources.get(i - 1).severity()) throw new IllegalArgumentException("sources must be sorted most severe first");
        }
        sources = List.copyOf(sources);
    }

    /** The load for one factor. */
    public FactorLoad factor(Factor factor) {
        return factors.get(factor.ordinal());
    }
}
