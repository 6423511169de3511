package org.backroot.web.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks one or more rules. Web and API layers turn it into a 400 that names every bad
 * field (problem+json {@code errors: [{field, message}]} in the API, inline messages on pages).
 */
public class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        if (errors == null || errors.isEmpty()) throw new IllegalArgumentException("errors must not be empty");
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first message for each field, in order: what a page shows next to each bad control. */
    public Map<String, String> messagesByField() {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        return byField;
    }

    private static String summary(List<FieldError> errors) {
        if (errors == null || errors.isEmpty()) return "invalid input";
        FieldError first = errors.get(0);
        return first.field() + ": " + first.message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }
}
