package org.backroot.care.domain;

import java.time.LocalDate;

/**
 * An alert condition that holds for a person today.
 *
 * @param kind       what it is about
 * @param occurrence names this occurrence among all of its kind for the person (for example the day of the last
 *                   check-in for {@link AlertKind#NO_CHECK_IN}): the same occurrence is raised once, a new one again
 * @param since      the person's own date the condition began
 * @param detail     one plain sentence for the clinician
 */
public record AlertCondition(AlertKind kind, String occurrence, LocalDate since, String detail) {

    public AlertCondition {
        if (kind == null) throw new IllegalArgumentException("kind must be given");
        if (occurrence == null || occurrence.isBlank() || occurrence.length() > 200) {
            throw new IllegalArgumentException("occurrence must be 1 to 200 characters");
        }
        if (since == null) throw new IllegalArgumentException("since must be given");
        if (detail == null || detail.isBlank()) throw new IllegalArgumentException("detail must not be blank");
    }

    /** The identity of this occurrence: kind and occurrence key. */
    public Key key() {
        return new Key(kind, occurrence);
    }

    /** Kind and occurrence key together. */
    public record Key(AlertKind kind, String occurrence) {
    }
}
