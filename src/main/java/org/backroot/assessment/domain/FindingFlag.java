package org.backroot.assessment.domain;

import java.util.Locale;

/** What a self-test result says, in one word. Everything except NORMAL is "flagged". */
public enum FindingFlag {
    /** Within the usual range. */
    NORMAL,
    /** Less range of movement than the cut-off (ankle, hip, upper back, forward bend). */
    RESTRICTED,
    /** One side differs from the other by more than measurement error or the heuristic gap. */
    ASYMMETRIC,
    /** A yes/no test came out positive (Thomas, leg raise, wall tests, hip hinge, forward head, chest breathing). */
    POSITIVE,
    /** Below the usual range but not in the lowest band (balance under 20 s, breath-hold 20-40 s, mixed breathing). */
    REDUCED,
    /** In the lowest band (balance under 5 s, breath-hold under 20 s). */
    POOR,
    /** Higher than the cut-off (resting breathing rate). */
    ELEVATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean flagged() {
        return this != NORMAL;
    }
}
