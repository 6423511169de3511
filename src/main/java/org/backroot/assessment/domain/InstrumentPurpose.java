package org.backroot.assessment.domain;

/**
 * What an instrument is for. {@link #toString()} returns the lowercase name used in YAML and JSON
 * ({@code screening}, {@code factor}, {@code outcome}); Jackson 3 reads and writes enums through
 * {@code toString()} by default, so no annotation is needed here.
 */
public enum InstrumentPurpose {
    SCREENING, FACTOR, OUTCOME;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static InstrumentPurpose fromJsonName(String name) {
        for (InstrumentPurpose purpose : values()) {
            if (purpose.jsonName().equals(name)) return purpose;
        }
        throw new IllegalArgumentException("purpose must be one of screening, factor, outcome but was '" + name + "'");
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
