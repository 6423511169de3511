package org.backroot.program.domain;

import org.backroot.program.domain.ActivityTargets.Region;

/**
 * A source region from the person's profile: a region above or below the low back that may hand it
 * extra work.
 *
 * @param region   ankle, hip, thoracic, shoulder or core
 * @param side     left, right, both, or null when the findings have no side
 * @param severity 0-100, higher means the region needs more attention
 */
public record PlanSource(Region region, PlanSide side, int severity) {

    public PlanSource {
        if (region == null) throw new IllegalArgumentException("region must be one of ankle, hip, thoracic, shoulder, core");
        if (severity < 0 || severity > 100) {
            throw new IllegalArgumentException("severity must be between 0 and 100, was " + severity);
        }
    }

    /** From API/storage codes, e.g. {@code of("ankle", "left", 62)}; side may be null. */
    public static PlanSource of(String region, String side, int severity) {
        Region r = Region.fromId(region).orElseThrow(() -> new IllegalArgumentException(
                "region must be one of ankle, hip, thoracic, shoulder, core, was '" + region + "'"));
        PlanSide s = side == null ? null : PlanSide.fromCode(side).orElseThrow(() -> new IllegalArgumentException(
                "side must be left, right, both or null, was '" + side + "'"));
        return new PlanSource(r, s, severity);
    }
}
