package org.backroot.assessment.domain;

/**
 * One answer a person can pick for a choice item. The value is an {@link Integer} (a scored
 * point value) or a non-blank {@link String} (an unscored code such as {@code yes} / {@code unsure}).
 */
public record AnswerOption(Object value, String label) {

    public AnswerOption {
        if (!(value instanceof Integer) && !(value instanceof String)) {
            throw new IllegalArgumentException("option value must be an integer or a string but was " + describe(value));
        }
        if (value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException("option value must not be blank");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("option " + value + " needs a label");
        }
    }

    public boolean isNumeric() {
        return value instanceof Integer;
    }

    /** The point value of a numeric option; only call when {@link #isNumeric()}. */
    public int points() {
        if (!(value instanceof Integer number)) throw new IllegalStateException("option " + value + " has no point value");
        return number;
    }

    private static String describe(Object value) {
        if (value == null) return "nothing";
        return "'" + value + "' (" + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
