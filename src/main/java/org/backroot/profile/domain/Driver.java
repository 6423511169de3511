package org.backroot.profile.domain;

/**
 * One thing that pushed a factor's load up.
 *
 * @param kind   item or test
 * @param ref    the item's linkId, or the self-test code with its side, e.g. {@code knee-to-wall:left}
 * @param detail   one plain sentence a person can read
 * @param clinical the same evidence in a clinician's words: the answer and question, or the test, side, raw value and flag
 */
public record Driver(DriverKind kind, String ref, String detail, String clinical) {

    /** A driver whose clinician's words are its plain sentence. */
    public Driver(DriverKind kind, String ref, String detail) {
        this(kind, ref, detail, detail);
    }

    public Driver {
        if (clinical == null || clinical.isBlank()) clinical = detail;
        if (kind == null) throw new IllegalArgumentException("kind must be set");
        if (ref == null || ref.isBlank()) throw new IllegalArgumentException("ref must not be blank");
        if (detail == null || detail.isBlank()) throw new IllegalArgumentException("detail must not be blank");
    }
}
