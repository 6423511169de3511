package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.safety.domain.RedFlagCondition;

/** A clinician's clearance as JSON (codes, ISO dates): the person's API and the care API answer this shape. */
public record ClinicianClearanceJson(String clinicianId, String clinicianName, LocalDate assessedOn, Instant recordedAt, List<String> ruledOut,
                                     List<RestrictionJson> restrictions, String note) {

    public record RestrictionJson(String restriction, int weeks, LocalDate endsOn, boolean inForce) {
    }

    public static ClinicianClearanceJson of(ClinicianClearanceView c) {
        return new ClinicianClearanceJson(c.clinicianId(), c.clinicianName(), c.assessedOn(), c.recordedAt(),
                c.ruledOut().stream().map(RedFlagCondition::jsonName).toList(),
                c.restrictions().stream().map(r -> new RestrictionJson(r.restriction().jsonName(), r.weeks(), r.endsOn(), r.inForce())).toList(),
                c.note());
    }
}
