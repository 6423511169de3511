package org.backroot.care.domain;

import java.util.Locale;

/** The two sides of a care thread. Stored and answered as "person" and "clinician". */
public enum Author {
    PERSON, CLINICIAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The other side: whose messages this side reads. */
    public Author other() {
        return this == PERSON ? CLINICIAN : PERSON;
    }

    public static Author fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
