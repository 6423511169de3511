package org.backroot.program.domain;

import java.time.Instant;

/**
 * One stored version of a clinician's plan adjustment; the newest version is in force.
 *
 * @param version       1 for the first adjustment, one more for each after it
 * @param clinicianName the clinician's name as the person saw it when the adjustment was made
 */
public record PlanAdjustmentVersion(int version, PlanAdjustment adjustment, String clinicianId, String clinicianName, Instant adjustedAt) {

    public PlanAdjustmentVersion {
        if (version < 1) throw new IllegalArgumentException("version must be 1 or more, was " + version);
        if (adjustment == null) throw new IllegalArgumentException("adjustment must be given");
        if (clinicianId == null || clinicianId.isBlank()) throw new IllegalArgumentException("clinicianId must be given");
        if (clinicianName == null || clinicianName.isBlank()) throw new IllegalArgumentException("clinicianName must be given");
        if (adjustedAt == null) throw new IllegalArgumentException("adjustedAt must be given");
    }
}
