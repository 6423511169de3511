package org.backroot.safety.domain;

/**
 * One reason behind a screening outcome, in words the person can act on.
 *
 * @param linkId the screening item that raised it; several joined with '+' when answers only
 *               matter together (e.g. {@code minor-trauma+fragile-bones})
 * @param callToday the outcome lets the program run, but the person should still phone for advice today (a "not sure"
 *               on a question about the nerves at the base of the spine)
 */
public record Reason(String linkId, RedFlagCondition condition, SafetyOutcome outcome, String message, boolean callToday) {

    public Reason(String linkId, RedFlagCondition condition, SafetyOutcome outcome, String message) {
        this(linkId, condition, outcome, message, false);
    }

    public Reason {
        if (linkId == null || linkId.isBlank()) throw new IllegalArgumentException("linkId must not be blank");
        if (condition == null) throw new IllegalArgumentException("condition must not be null");
        if (outcome == null || outcome == SafetyOutcome.CLEAR) throw new IllegalArgumentException("a reason's outcome must be see-doctor, urgent or emergency");
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message must not be blank");
    }
}
