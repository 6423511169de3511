package org.backroot.care.domain;

import java.util.Locale;
import java.util.Optional;

/** What a person lets one clinician see or do. {@link #SUMMARY} comes with every link. */
public enum Scope {
    /** Safety status, profile, plan, adherence, outcomes and episodes. */
    SUMMARY,
    /** The daily check-ins and practice notes themselves. */
    DIARY,
    /** May change the plan and record a clearance. */
    ADJUST,
    /** May exchange messages with the person. */
    MESSAGES;

    /** The name used in the API and in forms: "summary", "diary", "adjust", "messages". */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope with this API name, ignoring case and surrounding spaces; empty when there is none. */
    public static Optional<Scope> fromJson(String name) {
        if (name == null) return Optional.empty();
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (Scope s : values()) {
            if (s.jsonName().equals(wanted)) return Optional.of(s);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
