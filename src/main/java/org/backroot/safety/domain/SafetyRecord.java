package org.backroot.safety.domain;

import java.time.LocalDate;

/**
 * What is known about a person's safety: whether they have completed the full screening, the
 * latest result that stands (from the screening or from symptoms reported later) and when it was
 * recorded, and the date a clinician last assessed them, as the person told us.
 *
 * @param result              null only when nothing has been recorded yet
 * @param resultOn            the day {@code result} was recorded; null exactly when result is null
 * @param clinicianAssessedOn null when no assessment was reported
 */
public record SafetyRecord(boolean fullyScreened, ScreeningResult result, LocalDate resultOn, LocalDate clinicianAssessedOn) {

    public SafetyRecord {
        if ((result == null) != (resultOn == null)) throw new IllegalArgumentException("result and resultOn must be given together");
        if (fullyScreened && result == null) throw new IllegalArgumentException("a fully screened record needs its result");
    }

    public static SafetyRecord none() {
        return new SafetyRecord(false, null, null, null);
    }

    /** A completed screening replaces everything before it. */
    public static SafetyRecord screened(ScreeningResult result, LocalDate on) {
        return new SafetyRecord(true, result, on, null);
    }

    /**
     * The person confirms a clinician assessed them on the given day.
     *
     * @throws IllegalArgumentException when the day is after {@code today}
     */
    public SafetyRecord withClinicianAssessment(LocalDate assessedOn, LocalDate today) {
        if (assessedOn == null) throw new IllegalArgumentException("assessedOn must not be null");
        if (assessedOn.isAfter(today)) throw new IllegalArgumentException("assessedOn must not be in the future");
        return new SafetyRecord(fullyScreened, result, resultOn, assessedOn);
    }

    /** True when a clinician saw the person on or after the day the standing result was recorded. */
    public boolean clinicianAssessedSinceResult() {
        return result != null && clinicianAssessedOn != null && !clinicianAssessedOn.isBefore(resultOn);
    }
}
