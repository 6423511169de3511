package org.backroot.safety.domain;

/**
 * One answer to one screening item, whichever way it reached us: the red-flag screen, a symptom ticked in a
 * daily check-in (always "yes"), or a fact about the person.
 *
 * @param linkId the screening item
 * @param value  the option value given, such as yes, unsure or over-3-months
 */
public record Observation(String linkId, Object value) {

    public Observation {
        if (linkId == null || linkId.isBlank()) throw new IllegalArgumentException("linkId must not be blank");
        if (value == null) throw new IllegalArgumentException("value must not be null");
    }
}
