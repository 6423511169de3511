package org.backroot.assessment.domain;

import java.util.Locale;

/** How an item is answered. {@link #toString()} is the lowercase YAML/JSON name. */
public enum ItemType {
    CHOICE, INTEGER, DECIMAL, BOOLEAN, TEXT;

    public boolean isNumericScale() {
        return this == INTEGER || this == DECIMAL;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemType fromJsonName(String name) {
        for (ItemType type : values()) {
            if (type.jsonName().equals(name)) return type;
        }
        throw new IllegalArgumentException("type must be one of choice, integer, decimal, boolean, text but was '" + name + "'");
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
