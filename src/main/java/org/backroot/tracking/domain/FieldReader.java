package org.backroot.tracking.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * Reads raw JSON or form values field by field and collects every problem, so a person can fix all
 * fields at once. Absent means: key missing, null, or a blank string (an empty form field).
 * Numbers may be any {@link Number} or a numeric string ("7", "7.5", "7,5"); whole-number fields also
 * accept 7.0. Booleans may be Boolean or the strings true/false, yes/no, on/off.
 */
final class FieldReader {

    /** Plain decimals only: no exponents, hex, "NaN" or "Infinity", which Double.parseDouble would accept. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final String UNNAMED = "(unnamed)";
    private static final int MAX_ECHO = 40;

    private final Map<String, Object> values = new HashMap<>();
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, String> labels;

    FieldReader(Map<String, ?> raw) {
        this(raw, Map.of());
    }

    /** @param labels each field's question as the person sees it on the page, for naming it in a refusal */
    FieldReader(Map<String, ?> raw, Map<String, String> labels) {
        this.labels = labels;
        if (raw != null) {
            // Loose maps may hold non-String keys despite the generic type; compare them as written.
            for (Map.Entry<?, ?> e : ((Map<?, ?>) raw).entrySet()) {
                Object key = e.getKey();
                String name = key == null || key.toString().isBlank() ? UNNAMED : key.toString();
                values.put(name, e.getValue());
            }
        }
    }

    boolean present(String field) {
        Object v = values.get(field);
        return v != null && !(v instanceof String s && s.isBlank());
    }

    Object raw(String field) {
        return values.get(field);
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    Integer whole(Scale scale, boolean required) {
        Double v = number(scale, required);
        if (v == null) return null;
        if (v != Math.rint(v)) {
            error(scale.field(), scale.expectation());
            return null;
        }
        return (int) Math.rint(v);
    }

    Double decimal(Scale scale, boolean required) {
        return number(scale, required);
    }

    Boolean bool(String field, String expectation, boolean required) {
        if (!present(field)) return missing(field, expectation, required);
        Object v = values.get(field);
        if (v instanceof Boolean b) return b;
        if (v instanceof String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> {
                    return true;
                }
                case "false", "no", "off" -> {
                    return false;
                }
                default -> { }
            }
        }
        error(field, expectation);
        return null;
    }

    /** Text, stripped; blank counts as absent. Whole numbers are accepted as their decimal text when {@code numbersAsText}. */
    String text(String field, int maxLength, String expectation, boolean required, boolean numbersAsText) {
        if (!present(field)) return missing(field, expectation, required);
        Object v = values.get(field);
        String s = null;
        if (v instanceof String str) s = str.strip();
        else if (numbersAsText && (v instanceof Integer || v instanceof Long || v instanceof BigInteger)) s = v.toString();
        if (s == null || s.codePointCount(0, s.length()) > maxLength) {
            error(field, expectation);
            return null;
        }
        return s;
    }

    /** A list of strings; a single string is read as a comma-separated list. Returns null when absent. */
    List<String> strings(String field, String expectation) {
        if (!present(field)) return null;
        Object v = values.get(field);
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            for (String part : s.split(",")) if (!part.isBlank()) out.add(part.strip());
            return out;
        }
        if (v instanceof Iterable<?> items) {
            for (Object item : items) {
                if (!(item instanceof String s)) {
                    error(field, expectation);
                    return null;
                }
                if (!s.isBlank()) out.add(s.strip());
            }
            return out;
        }
        error(field, expectation);
        return null;
    }

    /** Adds an error for every key not in {@code known}, in alphabetical order. */
    void rejectUnknown(Set<String> known, String what) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        String expected = String.join(", ", new TreeSet<>(known));
        for (String name : unknown) {
            error(name, "is not a " + what + " field; the fields are: " + expected);
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) throw new ValidationException(errors, labels);
    }

    static String echo(String s) {
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO) + "...";
    }

    private Double number(Scale scale, boolean required) {
        String field = scale.field();
        if (!present(field)) return missing(field, scale.expectation(), required);
        Double v = toDouble(values.get(field));
        if (v == null || !scale.inRange(v)) {
            error(field, scale.expectation());
            return null;
        }
        return v;
    }

    private <T> T missing(String field, String expectation, boolean required) {
        if (required) error(field, "needs an answer; it " + expectation);
        return null;
    }

    private static Double toDouble(Object v) {
        double d;
        if (v instanceof Number n) {
            d = n.doubleValue();
        } else if (v instanceof String s && NUMBER.matcher(s.trim()).matches()) {
            d = Double.parseDouble(s.trim().replace(',', '.'));
        } else {
            return null;
        }
        return Double.isFinite(d) ? d : null;
    }
}
