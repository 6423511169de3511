package org.backroot.safety.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * "I answered this by mistake": the person withdraws every answer to one item told up to the correction. It is
 * dated and kept, so the record shows what was said and what was taken back; a later answer to the item counts again.
 */
public record Correction(String linkId, LocalDate correctedOn, Instant recordedAt) {

    public Correction {
        if (linkId == null || linkId.isBlank()) throw new IllegalArgumentException("linkId must not be blank");
        if (correctedOn == null) throw new IllegalArgumentException("correctedOn must not be null");
        if (recordedAt == null) throw new IllegalArgumentException("recordedAt must not be null");
    }

    public boolean covers(SignReport report) {
        return report.linkId().equals(linkId) && !report.recordedAt().isAfter(recordedAt);
    }
}
