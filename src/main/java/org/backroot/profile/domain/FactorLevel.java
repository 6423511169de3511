package org.backroot.profile.domain;

import java.util.Locale;

/** A factor's load in three bands (same as the factor-check instrument bands), or unknown when nothing was measured. */
public enum FactorLevel {
    LOW, MODERATE, HIGH, UNKNOWN;

    /** Highest load that is still low. */
    static final int LOW_MAX = 33;
    /** Highest load that is still moderate. */
    static final int MODERATE_MAX = 66;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** low below 34, moderate 34-66, high above 66; unknown for a missing load (never treated as 0). */
    public static FactorLevel of(Integer load) {
        if (load == null) return UNKNOWN;
        if (load <= LOW_MAX) return LOW;
        if (load <= MODERATE_MAX) return MODERATE;
        return HIGH;
    }
}
