package org.backroot.web.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks one or more rules. Web and API layers turn it into a 400 that names every bad
 * field (problem+json {@code errors: [{field, message}]} in the API, inline messages on pages).
 *
 * <p>A {@link FieldError}'s message is a predicate about the field ("must be a whole number from 0 to 10"): the API
 * puts the field's name beside it. A page shows {@link #messagesByField()}, where each predicate is said about the
 * question in plain words: the label the source gave for the field (the question as the person saw it), or else the
 * field's name spelled out ("minutesPerDay" reads "Minutes per day"). This is the one place that wording is made.
 */
public class ValidationException extends RuntimeException {

    private final List<FieldError> errors;
    private final Map<String, String> labels;

    public ValidationException(List<FieldError> errors) {
        this(errors, Map.of());
    }

    /**
     * @param labels the question each field stands for, in the words the person saw it (field name to label); fields
     *               without one are named by their spelled-out field name
     */
    public ValidationException(List<FieldError> errors, Map<String, String> labels) {
        super(summary(errors));
        if (errors == null || errors.isEmpty()) throw new IllegalArgumentException("errors must not be empty");
        this.errors = List.copyOf(errors);
        this.labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The labels given for the fields (field name to the question in plain words). */
    public Map<String, String> labels() {
        return labels;
    }

    /** The question a field stands for: its label, or its name spelled out in plain words. */
    public String label(String field) {
        String label = labels.get(field);
        return label != null && !label.isBlank() ? label.strip() : spelledOut(field);
    }

    /**
     * The first problem with each field, in order, as a sentence that names the question: what a page shows in its
     * error summary and next to each bad control ("Is today a flare? This must be yes or no.", "Minutes per day: must
     * be a whole number of minutes from 5 to 60.").
     */
    public Map<String, String> messagesByField() {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), sentence(label(e.field()), e.message())));
        return byField;
    }

    private static String sentence(String label, String predicate) {
        String said = predicate.strip();
        if (!said.endsWith(".") && !said.endsWith("?") && !said.endsWith("!")) said = said + ".";
        return label.endsWith("?") ? label + " This " + said : label + ": " + said;
    }

    /**
     * "minutesPerDay" → "Minutes per day", "answers.bladder-change" → "Bladder change", "kneeToWallCmLeft" → "Knee to
     * wall cm left": the last part of a dotted path, words split at capitals, hyphens and underscores.
     */
    static String spelledOut(String field) {
        String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[-_]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        if (words.isEmpty()) return field;
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String summary(List<FieldError> errors) {
        if (errors == null || errors.isEmpty()) return "invalid input";
        FieldError first = errors.get(0);
        return first.field() + ": " + first.message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }
}
