package org.backroot.safety.domain;

import java.util.Locale;

/** The serious conditions the screening looks for (names as in the instrument file's {@code condition:}). */
public enum RedFlagCondition {
    CAUDA_EQUINA, NEURO_DEFICIT, MALIGNANCY, INFECTION, FRACTURE, AXIAL_SPA;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static RedFlagCondition fromJsonName(String name) {
        for (RedFlagCondition condition : values()) {
            if (condition.jsonName().equals(name)) return condition;
        }
        throw new IllegalArgumentException("condition must be one of cauda-equina, neuro-deficit, malignancy, infection, fracture, axial-spa but was '" + name + "'");
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
