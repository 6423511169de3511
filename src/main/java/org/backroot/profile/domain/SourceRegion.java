package org.backroot.profile.domain;

import java.util.List;
import org.backroot.assessment.domain.Finding;
import org.backroot.assessment.domain.FindingSide;

/**
 * A region that may be a source of the low back's extra work.
 *
 * @param region       ankle, hip, thoracic, shoulder or core
 * @param side         left, right, both, or null when the findings have no side
 * @param severity     1-100, from the region's flagged findings
 * @param findings     the flagged findings that place the region here, strongest first
 * @param compensation plain words for what the low back may be asked to do instead
 */
public record SourceRegion(BodyRegion region, FindingSide side, int severity, List<Finding> findings, String compensation) {

    public SourceRegion {
        if (region == null) throw new IllegalArgumentException("region must be set");
        if (severity < 1 || severity > 100) throw new IllegalArgumentException("severity must be between 1 and 100");
        if (findings == null || findings.isEmpty()) throw new IllegalArgumentException("findings must name at least one flagged finding");
        if (findings.stream().anyMatch(f -> !f.flagged())) throw new IllegalArgumentException("findings must all be flagged");
        findings = List.copyOf(findings);
        if (compensation == null || compensation.isBlank()) throw new IllegalArgumentException("compensation must not be blank");
    }

    /**
     * How clearly the region stood out, as a word code for people (clear, moderate or slight); the 0-100 severity
     * orders regions and weighs the plan, and is not shown to a person as a number.
     */
    public String strength() {
        if (severity >= 50) return "clear";
        if (severity >= 20) return "moderate";
        return "slight";
    }

    /** What the low back may be asked to do instead, in a clinician's words (a reasoning model, not a proven cause). */
    public String clinicalCompensation() {
        return LumbarCompensation.of(findings, LumbarCompensation::clinical);
    }
}
