package org.backroot.safety.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Red flags always win over the program. Clear and see-doctor let the program run; urgent and
 * emergency pause it until the person confirms a clinician assessed them after the result; without
 * a completed screening the program never runs.
 */
public final class SafetyPolicy {

    private SafetyPolicy() {
    }

    public static SafetyStatus status(SafetyRecord record) {
        ScreeningResult result = record.result();
        if (!record.fullyScreened() && !hasOpenUrgentResult(record)) {
            // Symptoms reported before the screening never stand in for it; only unchecked urgent ones are shown instead.
            return new SafetyStatus(SafetyState.NOT_SCREENED, false, false, SafetyInstructions.NOT_SCREENED,
                    result == null ? List.of() : result.reasons());
        }
        SafetyOutcome outcome = result.outcome();
        boolean cleared = outcome.needsClinicianBeforeProgram() && record.clinicianAssessedSinceResult();
        boolean allowed = !outcome.needsClinicianBeforeProgram() || cleared;
        String instructions = cleared ? SafetyInstructions.CLINICIAN_CLEARED : SafetyInstructions.forOutcome(outcome);
        return new SafetyStatus(SafetyState.of(outcome), allowed, cleared, instructions, result.reasons());
    }

    private static boolean hasOpenUrgentResult(SafetyRecord record) {
        return record.result() != null && record.result().outcome().needsClinicianBeforeProgram() && !record.clinicianAssessedSinceResult();
    }

    /**
     * The record after the person reports red-flag symptoms (e.g. in the daily check-in). Nothing
     * changes when the symptoms raise nothing. Otherwise the new reasons are dated today — so an
     * earlier clinician assessment no longer covers them — and joined with the earlier reasons
     * that no clinician has yet checked.
     */
    public static SafetyRecord afterSymptoms(SafetyRecord record, Collection<Symptom> symptoms, LocalDate reportedOn) {
        ScreeningResult fromSymptoms = RedFlagEvaluator.evaluateSymptoms(symptoms);
        if (fromSymptoms.outcome() == SafetyOutcome.CLEAR) return record;
        boolean earlierStillOpen = record.result() != null && !record.clinicianAssessedSinceResult();
        ScreeningResult standing = earlierStillOpen ? record.result().merge(fromSymptoms) : fromSymptoms;
        return new SafetyRecord(record.fullyScreened(), standing, reportedOn, null);
    }
}
