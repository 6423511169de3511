package org.backroot.care.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What an alert is about, most urgent first: declaration order is the order of attention on the panel.
 * {@link #toString()} is the JSON name (red-flag, long-flare, ...).
 */
public enum AlertKind {
    /** A safety status other than clear (see a doctor, urgent, emergency) that no clinician has yet cleared. */
    RED_FLAG,
    /** A calm (flare) phase that has lasted the calm schedule's longest run, 14 days by default. */
    LONG_FLARE,
    /** The red-flag screen is due again (three months, a new episode, a long calm phase, level 4). */
    RESCREEN_DUE,
    /** An outcome measure worse than its baseline by at least its minimal important change. */
    OUTCOME_WORSE,
    /** No check-in for {@value AlertRules#QUIET_DAYS} days. */
    NO_CHECK_IN,
    /** Under half of a week's planned practice done. */
    LOW_ADHERENCE;

    /** Lower is more urgent. */
    public int severityRank() {
        return ordinal();
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AlertKind> fromJson(String name) {
        for (AlertKind k : values()) {
            if (k.jsonName().equals(name)) return Optional.of(k);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
