package org.backroot.profile.domain;

import java.time.Instant;
import java.util.List;
import org.backroot.assessment.domain.Finding;

/**
 * A person's factor profile at one moment.
 *
 * @param computedAt when it was computed
 * @param factors    always the six factors, in {@link Factor} order
 * @param sources    regions that may be handing the low back extra work, most severe first (may be empty)
 * @param checkWithClinician self-test results the person is asked to have checked (falls risk, breathing for a doctor)
 * @param borderline self-test results just past a cut-off, within measurement error: shown as such, never a source
 */
public record Profile(Instant computedAt, List<FactorLoad> factors, List<SourceRegion> sources, List<Finding> checkWithClinician,
                      List<Finding> borderline) {

    public Profile(Instant computedAt, List<FactorLoad> factors, List<SourceRegion> sources) {
        this(computedAt, factors, sources, List.of(), List.of());
    }

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
        checkWithClinician = List.copyOf(checkWithClinician == null ? List.of() : checkWithClinician);
        if (checkWithClinician.stream().anyMatch(f -> !f.seeClinician())) {
            throw new IllegalArgumentException("checkWithClinician must hold only findings that ask for a clinician's check");
        }
        borderline = List.copyOf(borderline == null ? List.of() : borderline);
        if (borderline.stream().anyMatch(f -> !f.borderline())) throw new IllegalArgumentException("borderline must hold only borderline findings");
    }

    /** The load for one factor. */
    public FactorLoad factor(Factor factor) {
        return factors.get(factor.ordinal());
    }
}
