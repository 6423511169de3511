package org.backroot.safety.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The person's confirmation that a clinician assessed them on {@code assessedOn}, given at {@code confirmedAt}.
 * It covers every answer told before the confirmation about a day up to the assessment: what the clinician could
 * have known about. Anything reported later, or about a later day, stays open.
 */
public record Clearance(LocalDate assessedOn, Instant confirmedAt) {

    public Clearance {
        if (assessedOn == null) throw new IllegalArgumentException("assessedOn must not be null");
        if (confirmedAt == null) throw new IllegalArgumentException("confirmedAt must not be null");
    }

    public boolean covers(SignReport report) {
        return !report.recordedAt().isAfter(confirmedAt) && !report.day().isAfter(assessedOn);
    }
}
