package org.backroot.safety.domain;

import java.util.Locale;

/**
 * What a screening says a person should do, from least to most severe (declaration order is
 * severity order). {@link #toString()} is the JSON name: clear, see-doctor, urgent, emergency;
 * Jackson 3 reads and writes enums through toString() by default.
 */
public enum SafetyOutcome {
    /** No warning signs: the program may start. */
    CLEAR,
    /** Book a GP appointment in the coming days or weeks; the program may continue. */
    SEE_DOCTOR,
    /** Same-day medical care; the program waits until a clinician has checked the person. */
    URGENT,
    /** Emergency department now; the program waits until a clinician has checked the person. */
    EMERGENCY;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SafetyOutcome fromJsonName(String name) {
        for (SafetyOutcome outcome : values()) {
            if (outcome.jsonName().equals(name)) return outcome;
        }
        throw new IllegalArgumentException("outcome must be one of clear, see-doctor, urgent, emergency but was '" + name + "'");
    }

    public boolean isAtLeast(SafetyOutcome other) {
        return compareTo(other) >= 0;
    }

    /** Urgent and emergency outcomes pause the program until a clinician has seen the person. */
    public boolean needsClinicianBeforeProgram() {
        return isAtLeast(URGENT);
    }

    public static SafetyOutcome max(SafetyOutcome a, SafetyOutcome b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
