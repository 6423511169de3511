package org.backroot.assessment.domain;

/**
 * What one self-test result means, in words a person can read.
 *
 * @param test     which self-test
 * @param side     left, right, both, or null for tests without a side
 * @param value    the measurement as shown to people, e.g. "7 cm", "4 cm difference", "positive"
 * @param flag     normal, borderline, or what stands out
 * @param severity 0 when normal or borderline; otherwise 1-100, growing from 0 at the cut-off with the distance past it
 *                 (an ordering aid, not a clinical scale, never shown to a person as a number)
 * @param note     one or two warm, plain sentences with the numbers
 */
public record Finding(SelfTestKind test, FindingSide side, String value, FindingFlag flag, int severity, String note) {

    public Finding {
        if (test == null) throw new IllegalArgumentException("test must be set");
        if (value == null || value.isBlank()) throw new IllegalArgumentException("value must not be blank");
        if (flag == null) throw new IllegalArgumentException("flag must be set");
        if (severity < 0 || severity > 100) throw new IllegalArgumentException("severity must be between 0 and 100");
        if (flag.flagged() == (severity == 0)) {
            throw new IllegalArgumentException("severity must be 0 exactly when the flag is normal (flag " + flag.code() + ", severity " + severity + ")");
        }
        if (note == null || note.isBlank()) throw new IllegalArgumentException("note must not be blank");
    }

    public boolean flagged() {
        return flag.flagged();
    }

    public boolean borderline() {
        return flag == FindingFlag.BORDERLINE;
    }

    /** A result the person is asked to have checked by a clinician (falls risk, a breathing result for a doctor). */
    public boolean seeClinician() {
        return flag.seeClinician();
    }
}
