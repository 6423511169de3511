package org.backroot.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One value a self-test records. {@code name} is the API name (e.g. {@code kneeToWallCmLeft}).
 * Number fields carry min/max/step; choice fields carry options (and, when the values are numbers,
 * optionally min/max too). {@code side} is null when the field is not sided.
 */
public record GuideField(String name, String label, String unit, Kind kind,
                         BigDecimal min, BigDecimal max, BigDecimal step,
                         List<GuideOption> options, Side side, String help) {

    public enum Kind {
        NUMBER, CHOICE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Side {
        LEFT, RIGHT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public GuideField {
        if (name == null || !name.matches("[a-z][A-Za-z0-9]*"))
            throw new IllegalArgumentException("field name must be a camelCase API name, was " + name);
        if (label == null || label.isBlank()) throw new IllegalArgumentException("field " + name + ": label must not be blank");
        if (kind == null) throw new IllegalArgumentException("field " + name + ": kind must be number or choice");
        options = options == null ? List.of() : List.copyOf(options);
        if (kind == Kind.NUMBER) {
            if (min == null || max == null) throw new IllegalArgumentException("field " + name + ": number fields need min and max");
            if (min.compareTo(max) >= 0) throw new IllegalArgumentException("field " + name + ": min must be below max");
            if (step == null || step.signum() <= 0) throw new IllegalArgumentException("field " + name + ": step must be a positive number");
            if (!options.isEmpty()) throw new IllegalArgumentException("field " + name + ": number fields take no options");
        } else {
            if (options.size() < 2) throw new IllegalArgumentException("field " + name + ": choice fields need at least two options");
            if (options.stream().map(GuideOption::value).distinct().count() != options.size())
                throw new IllegalArgumentException("field " + name + ": option values must be unique");
        }
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    /** min as plain text for an HTML attribute ("0", "0.5"), or null. */
    public String minText() {
        return plain(min);
    }

    public String maxText() {
        return plain(max);
    }

    public String stepText() {
        return plain(step);
    }

    /** The input's {@code inputmode}: "numeric" for whole numbers, "decimal" otherwise. */
    public String inputMode() {
        return step != null && step.stripTrailingZeros().scale() <= 0 ? "numeric" : "decimal";
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }
}
