package org.backroot.safety.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A linked clinician's structured clearance, recorded by the clinician themselves. It covers the signs of the
 * conditions they ruled out that were told before it was recorded about a day up to the assessment; a sign reported
 * later, about a later day, or of a condition they did not rule out stays open. The newest clinician clearance that
 * rules something out replaces the person's own "a clinician checked me" confirmations given before it. Its
 * restrictions shape the plan for as long as each one lasts.
 *
 * @param ruledOut     the red-flag conditions the clinician ruled out on {@code assessedOn}
 * @param restrictions parts of the program held back, each for a number of weeks from the assessment
 * @param note         the clinician's words, plain text, or null
 */
public record ClinicianClearance(String id, String clinicianId, String clinicianName, LocalDate assessedOn, Instant recordedAt,
                                 Set<RedFlagCondition> ruledOut, List<TimedRestriction> restrictions, String note) {

    public static final int MAX_NOTE = 1000;

    /** A restriction that lasts {@code weeks} weeks from the assessment. */
    public record TimedRestriction(Restriction restriction, int weeks) {
        public static final int MAX_WEEKS = 52;

        public TimedRestriction {
            if (restriction == null) throw new IllegalArgumentException("restriction must be given");
            if (weeks < 1 || weeks > MAX_WEEKS) throw new IllegalArgumentException("weeks must be between 1 and 52, was " + weeks);
        }

        /** The first day the restriction no longer holds. */
        public LocalDate endsOn(LocalDate assessedOn) {
            return assessedOn.plusWeeks(weeks);
        }
    }

    public ClinicianClearance {
        if (clinicianId == null || clinicianId.isBlank()) throw new IllegalArgumentException("clinicianId must be given");
        if (clinicianName == null || clinicianName.isBlank()) throw new IllegalArgumentException("clinicianName must be given");
        if (assessedOn == null) throw new IllegalArgumentException("assessedOn must be given");
        if (recordedAt == null) throw new IllegalArgumentException("recordedAt must be given");
        ruledOut = ruledOut == null || ruledOut.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ruledOut));
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
        if (note != null && note.length() > MAX_NOTE) throw new IllegalArgumentException("note must be at most " + MAX_NOTE + " characters");
    }

    /**
     * Whether this clearance covers a report: told before it was recorded, about a day up to the assessment, and every
     * condition the item bears on was ruled out (an item that bears on none is not covered).
     */
    public boolean covers(SignReport report, Set<RedFlagCondition> conditionsOfItem) {
        return !report.recordedAt().isAfter(recordedAt) && !report.day().isAfter(assessedOn)
                && !conditionsOfItem.isEmpty() && ruledOut.containsAll(conditionsOfItem);
    }

    /** The restrictions that hold on {@code today}: from the assessment day until each one's weeks are over. */
    public Set<Restriction> inForce(LocalDate today) {
        Set<Restriction> held = EnumSet.noneOf(Restriction.class);
        if (today.isBefore(assessedOn)) return held;
        for (TimedRestriction r : restrictions) if (today.isBefore(r.endsOn(assessedOn))) held.add(r.restriction());
        return held;
    }
}
