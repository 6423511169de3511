package org.backroot.profile.domain;

/**
 * One thing that pushed a factor's load up.
 *
 * @param kind   item or test
 * @param ref    the item's linkId, or the self-test code with its side, e.g. {@code knee-to-wall:left}
 * @param detail one plain sentence a person can read
 */
public record Driver(DriverKind kind, String ref, String detail) {

    public Driver {
        if (kind == null) throw new IllegalArgumentException("kind must be set");
        if (ref == null || ref.isBlank()) throw new IllegalArgumentException("ref must not be blank");
        if (detail == null || detail.isBlank()) throw new IllegalArgumentException("detail must not be blank");
    }
}
