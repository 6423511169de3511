package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.program.domain.ActivityTargets.Factor;

/**
 * What the plan generator needs from the person's profile.
 *
 * @param factorLoads 0-100 load by factor id (movement, stress, posture, inflammation, fear,
 *                    breathing); a missing key or a null value means unknown (never 0)
 * @param sources     source regions; kept sorted by severity, highest first (ties in region order)
 * @param cautions    what must be left out because of facts about the person (pregnancy); never null
 */
public record PlanProfile(Map<String, Integer> factorLoads, List<PlanSource> sources, PlanCautions cautions) {

    public PlanProfile(Map<String, Integer> factorLoads, List<PlanSource> sources) {
        this(factorLoads, sources, PlanCautions.NONE);
    }

    public PlanProfile {
        if (cautions == null) cautions = PlanCautions.NONE;
        if (factorLoads == null) factorLoads = Map.of();
        Map<String, Integer> loads = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : factorLoads.entrySet()) {
            if (e.getKey() == null || Factor.fromId(e.getKey()).isEmpty()) {
                throw new IllegalArgumentException("factorLoads key must be one of movement, stress, posture, inflammation, fear, breathing, was '"
                        + e.getKey() + "'");
            }
            Integer v = e.getValue();
            if (v != null && (v < 0 || v > 100)) {
                throw new IllegalArgumentException("factorLoads." + e.getKey() + " must be between 0 and 100 or null, was " + v);
            }
            loads.put(e.getKey(), v);
        }
        factorLoads = Collections.unmodifiableMap(loads);
        if (sources == null) sources = List.of();
        if (sources.stream().anyMatch(java.util.Objects::isNull)) throw new IllegalArgumentException("sources must not contain null");
        List<PlanSource> sorted = new ArrayList<>(sources);
        sorted.sort(Comparator.comparingInt(PlanSource::severity).reversed()
                .thenComparing(s -> s.region().ordinal())
                .thenComparing(s -> s.side() == null ? -1 : s.side().ordinal()));
        sources = List.copyOf(sorted);
    }

    /** The load of a factor, or null when it is unknown. */
    public Integer load(Factor factor) {
        return factorLoads.get(factor.id());
    }
}
