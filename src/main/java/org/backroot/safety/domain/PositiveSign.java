package org.backroot.safety.domain;

import org.backroot.assessment.domain.RedFlagSpec;

/**
 * An answer (or check-in symptom, or fact about the person) that counts towards a condition.
 *
 * @param ownOutcome what it raises on its own, or null when it only counts together with other signs
 * @param kind       a symptom the person has, a standing fact from their history, or their age
 * @param unsure     the person answered "not sure"; it counts in combinations but raises nothing alone
 */
record PositiveSign(String linkId, RedFlagCondition condition, SafetyOutcome ownOutcome, String message, Kind kind, boolean unsure) {

    enum Kind {
        SYMPTOM, HISTORY, AGE;

        static Kind of(RedFlagSpec.Kind kind) {
            return kind == RedFlagSpec.Kind.HISTORY ? HISTORY : SYMPTOM;
        }
    }

    PositiveSign(String linkId, RedFlagCondition condition, SafetyOutcome ownOutcome, String message) {
        this(linkId, condition, ownOutcome, message, Kind.SYMPTOM, false);
    }
}
