package org.backroot.safety.domain;

/**
 * An answer (or check-in symptom) that counts towards a condition.
 *
 * @param ownOutcome what it raises on its own, or null when it only counts together with other signs
 */
record PositiveSign(String linkId, RedFlagCondition condition, SafetyOutcome ownOutcome, String message) {
}
