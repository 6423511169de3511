package org.backroot.assessment.domain;

/**
 * One answer a person can pick for a choice item.
 *
 * @param value  what is sent and stored: an {@link Integer} or a non-blank {@link String} code
 *               (such as {@code yes} / {@code unsure}); unique within the item
 * @param label  the words the person sees
 * @param points what the answer scores when it differs from an integer value, or when the value is a
 *               code; lets several answers score the same, as STarT Back's last item needs
 *               (two top answers score 1, the rest 0). Null: an integer value scores itself, a code scores nothing.
 */
public record AnswerOption(Object value, String label, Integer points) {

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

    public AnswerOption(Object value, String label) {
        this(value, label, null);
    }

    /** True when choosing this option scores points. */
    public boolean hasPoints() {
        return points != null || value instanceof Integer;
    }

    /** What choosing this option scores; only call when {@link #hasPoints()}. */
    public int scoredPoints() {
        if (points != null) return points;
        if (value instanceof Integer number) return number;
        throw new IllegalStateException("option " + value + " has no point value");
    }

    private static String describe(Object value) {
        if (value == null) return "nothing";
        return "'" + value + "' (" + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
