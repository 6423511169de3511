package org.backroot.safety.domain;

import java.util.Locale;

/** A person's safety state; {@link #toString()} is the JSON name (not-screened, clear, see-doctor, urgent, emergency). */
public enum SafetyState {
    NOT_SCREENED, CLEAR, SEE_DOCTOR, URGENT, EMERGENCY;

    static SafetyState of(SafetyOutcome outcome) {
        return valueOf(outcome.name());
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
