package org.backroot.assessment.domain;

import java.util.Locale;

/**
 * What a self-test result says, in one word. Everything except NORMAL and BORDERLINE is "flagged";
 * FALL_RISK and SEE_DOCTOR also ask the person to have it checked by a clinician.
 */
public enum FindingFlag {
    /** Within the usual range. */
    NORMAL,
    /** Just past a cut-off, by no more than the test's measurement error: shown as such, never a source region. */
    BORDERLINE,
    /** Less range of movement than the cut-off (ankle, hip, upper back, forward bend). */
    RESTRICTED,
    /** One side differs from the other by more than measurement error or the heuristic gap. */
    ASYMMETRIC,
    /** A yes/no test came out positive (Thomas, leg raise, wall tests, hip hinge, forward head, chest breathing). */
    POSITIVE,
    /** Below the usual range for the person's age but not in the lowest band (balance, breath-hold 20-40 s, mixed breathing). */
    REDUCED,
    /** In the lowest band (breath-hold under 20 s). */
    POOR,
    /** Higher than the cut-off (resting breathing rate). */
    ELEVATED,
    /** Standing on one leg under 5 s: a balance and falls-risk finding; get balance assessed. Not a back source. */
    FALL_RISK,
    /** A breathing result that deserves a doctor's look before breathing practice. */
    SEE_DOCTOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean flagged() {
        return this != NORMAL && this != BORDERLINE;
    }

    /** A result the person is asked to have checked by a clinician. */
    public boolean seeClinician() {
        return this == FALL_RISK || this == SEE_DOCTOR;
    }
}
