package org.backroot.assessment.domain;

import java.util.Locale;

/** How scored item values combine: added up, or averaged. {@link #toString()} is the lowercase YAML/JSON name. */
public enum ScoringMethod {
    SUM, MEAN;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScoringMethod fromJsonName(String name) {
        for (ScoringMethod method : values()) {
            if (method.jsonName().equals(name)) return method;
        }
        throw new IllegalArgumentException("method must be sum or mean but was '" + name + "'");
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
