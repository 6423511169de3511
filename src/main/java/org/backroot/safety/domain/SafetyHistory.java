package org.backroot.safety.domain;

import java.time.Instant;
import java.util.List;

/**
 * Everything a person told us that bears on safety: every answer from every screen and check-in, every
 * clinician assessment they confirmed, every correction, and the facts about them.
 *
 * @param lastScreenedAt when the person last completed the red-flag screen; null if never
 */
public record SafetyHistory(List<SignReport> reports, List<Clearance> clearances, List<Correction> corrections, PersonFacts facts,
                            Instant lastScreenedAt) {

    public SafetyHistory {
        reports = List.copyOf(reports);
        clearances = List.copyOf(clearances);
        corrections = List.copyOf(corrections);
        if (facts == null) facts = PersonFacts.UNKNOWN;
    }

    /** Answers no correction has taken back. */
    List<SignReport> standing() {
        return reports.stream().filter(r -> corrections.stream().noneMatch(c -> c.covers(r))).toList();
    }

    /** Standing answers no clinician has yet seen. */
    List<SignReport> open() {
        return standing().stream().filter(r -> clearances.stream().noneMatch(c -> c.covers(r))).toList();
    }
}
