package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.safety.domain.RedFlagCondition;
import org.backroot.safety.domain.Restriction;

/**
 * A clinician's clearance as the person's safety page, their API and the care module show it.
 *
 * @param ruledOut     the conditions ruled out, in declaration order
 * @param restrictions each with the first day it no longer holds and whether it holds today
 */
public record ClinicianClearanceView(String clinicianId, String clinicianName, LocalDate assessedOn, Instant recordedAt,
                                     List<RedFlagCondition> ruledOut, List<RestrictionView> restrictions, String note) {

    public record RestrictionView(Restriction restriction, int weeks, LocalDate endsOn, boolean inForce) {
    }

    public ClinicianClearanceView {
        ruledOut = List.copyOf(ruledOut);
        restrictions = List.copyOf(restrictions);
    }
}
