package org.backroot.safety.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a person told us that bears on safety: every answer from every screen and check-in, every
 * clinician assessment they confirmed, every correction, and the facts about them; and every clearance a linked
 * clinician recorded themselves.
 *
 * @param lastScreenedAt       when the person last completed the red-flag screen; null if never
 * @param clinicianClearances  clearances recorded by linked clinicians
 * @param today                the person's date now, for restrictions that last a number of weeks; null when unknown (none then hold)
 */
public record SafetyHistory(List<SignReport> reports, List<Clearance> clearances, List<Correction> corrections, PersonFacts facts,
                            Instant lastScreenedAt, List<ClinicianClearance> clinicianClearances, LocalDate today) {

    public SafetyHistory(List<SignReport> reports, List<Clearance> clearances, List<Correction> corrections, PersonFacts facts,
                         Instant lastScreenedAt) {
        this(reports, clearances, corrections, facts, lastScreenedAt, List.of(), null);
    }

    public SafetyHistory {
        reports = List.copyOf(reports);
        clearances = List.copyOf(clearances);
        corrections = List.copyOf(corrections);
        clinicianClearances = clinicianClearances == null ? List.of() : List.copyOf(clinicianClearances);
        if (facts == null) facts = PersonFacts.UNKNOWN;
    }

    /** Answers no correction has taken back. */
    List<SignReport> standing() {
        return reports.stream().filter(r -> corrections.stream().noneMatch(c -> c.covers(r))).toList();
    }

    /** The newest clearance a clinician recorded themselves, if any. */
    Optional<ClinicianClearance> latestClinicianClearance() {
        return clinicianClearances.stream().max(Comparator.comparing(ClinicianClearance::recordedAt));
    }

    /**
     * The person's own confirmations still in force: those given after the newest clinician clearance that ruled
     * something out (all, without one). A clearance that only sets restrictions says nothing about red flags, so it
     * replaces nothing.
     */
    List<Clearance> ownClearances() {
        Optional<Instant> replacedUpTo = clinicianClearances.stream().filter(c -> !c.ruledOut().isEmpty())
                .map(ClinicianClearance::recordedAt).max(Comparator.naturalOrder());
        return clearances.stream().filter(c -> replacedUpTo.isEmpty() || c.confirmedAt().isAfter(replacedUpTo.get())).toList();
    }

    /**
     * Standing answers no clinician has yet seen: not covered by the person's own confirmations in force, nor by a
     * clinician's clearance that ruled out every condition the item bears on.
     */
    List<SignReport> open(Function<String, Set<RedFlagCondition>> conditionsOfItem) {
        List<Clearance> own = ownClearances();
        return standing().stream()
                .filter(r -> own.stream().noneMatch(c -> c.covers(r)))
                .filter(r -> clinicianClearances.stream().noneMatch(c -> c.covers(r, conditionsOfItem.apply(r.linkId()))))
                .toList();
    }

    /** Restrictions clinicians set that hold today. */
    Set<Restriction> clinicianRestrictions() {
        Set<Restriction> held = EnumSet.noneOf(Restriction.class);
        if (today == null) return held;
        clinicianClearances.forEach(c -> held.addAll(c.inForce(today)));
        return held;
    }
}
