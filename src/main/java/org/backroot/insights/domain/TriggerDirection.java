package org.backroot.insights.domain;

/** Whether an exposure goes with higher or lower pain. */
public enum TriggerDirection {
    HIGHER, LOWER;

    /** "higher" or "lower", as used in the API and in sentences. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static TriggerDirection of(double effect) {
        return effect >= 0 ? HIGHER : LOWER;
    }
}
