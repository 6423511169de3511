package org.backroot.safety.domain;

/**
 * One reason behind a screening outcome, in words the person can act on.
 *
 * @param linkId the screening item that raised it; several joined with '+' when answers only
 *               matter together (e.g. {@code minor-trauma+fragile-bones}); a symptom code for check-in symptoms
 */
public record Reason(String linkId, RedFlagCondition condition, SafetyOutcome outcome, String message) {

    public Reason {
        if (linkId == null || linkId.isBlank()) throw new IllegalArgumentException("linkId must not be blank");
        if (condition == null) throw new IllegalArgumentException("condition must not be null");
        if (outcome == null || outcome == SafetyOutcome.CLEAR) throw new IllegalArgumentException("a reason's outcome must be see-doctor, urgent or emergency");
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message must not be blank");
    }
}
