package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * Checks raw answers (as they arrive from JSON or a form: Integer, Long, Double, String, Boolean)
 * against an instrument and reports every problem at once as {@code answers.<linkId>} field errors.
 *
 * <p>A required item left unanswered is an error only in a screening instrument: safety questions
 * must all be answered. In factor and outcome instruments a person may skip a question; the
 * {@link Scorer} prorates up to {@code maxMissing} skipped items and otherwise reports the score as incomplete.
 */
public final class ResponseValidator {

    /** Longest text answer, in characters (the form's {@code maxlength} says the same). */
    public static final int LONGEST_TEXT = 200;
    static final String NEEDS_ANSWER = "needs an answer";

    private ResponseValidator() {
    }

    /** @throws ValidationException listing every bad or missing answer */
    public static AnswerSet validate(Instrument instrument, Map<String, ?> answers) {
        Map<String, Object> normalised = new LinkedHashMap<>();
        List<FieldError> errors = check(instrument, answers == null ? Map.of() : answers, normalised);
        if (!errors.isEmpty()) throw new ValidationException(errors, labels(instrument));
        return new AnswerSet(instrument.id(), normalised);
    }

    /** Every problem with the answers; empty when they are valid. */
    public static List<FieldError> problems(Instrument instrument, Map<String, ?> answers) {
        return check(instrument, answers == null ? Map.of() : answers, new LinkedHashMap<>());
    }

    private static List<FieldError> check(Instrument instrument, Map<String, ?> answers, Map<String, Object> normalised) {
        List<FieldError> errors = new ArrayList<>();
        for (String linkId : new TreeSet<>(answers.keySet())) {
            if (instrument.item(linkId).isEmpty()) {
                errors.add(error(linkId, "is not a question of '" + instrument.id() + "'"));
            }
        }
        for (Item item : instrument.items()) {
            Object raw = answers.get(item.linkId());
            if (isMissing(raw)) {
                if (item.required() && instrument.purpose() == InstrumentPurpose.SCREENING) errors.add(error(item.linkId(), NEEDS_ANSWER));
                continue;
            }
            Object value = normalise(item, raw, errors);
            if (value != null && item.rates() != null && isMissing(answers.get(item.rates()))) {
                errors.add(error(item.linkId(), "needs the name of the activity it rates: write it in question "
                        + position(instrument, item.rates()) + " first, or leave this rating empty"));
                continue;
            }
            if (value != null) normalised.put(item.linkId(), value);
        }
        return errors;
    }

    private static int position(Instrument instrument, String linkId) {
        List<Item> items = instrument.items();
        for (int i = 0; i < items.size(); i++) if (items.get(i).linkId().equals(linkId)) return i + 1;
        return 0;
    }

    private static boolean isMissing(Object raw) {
        return raw == null || (raw instanceof String text && text.isBlank());
    }

    private static Object normalise(Item item, Object raw, List<FieldError> errors) {
        String problem = null;
        Object value = switch (item.type()) {
            case CHOICE -> choice(item, raw);
            case INTEGER -> wholeNumber(raw);
            case DECIMAL -> decimal(raw);
            case BOOLEAN -> raw instanceof Boolean flag ? flag : null;
            case TEXT -> raw instanceof String text && text.length() <= LONGEST_TEXT ? text.trim() : null;
        };
        if (value == null) problem = expectation(item);
        else if (item.type().isNumericScale() && !inRange(item, ((Number) value).doubleValue())) problem = rangeExpectation(item);
        if (problem == null) return value;
        errors.add(error(item.linkId(), problem));
        return null;
    }

    private static Object choice(Item item, Object raw) {
        Object candidate = item.hasIntegerOptionValues() ? wholeNumber(raw) : raw;
        return candidate != null && item.option(candidate).isPresent() ? candidate : null;
    }

    /** Integer for whole numbers in any numeric type (JSON may deliver 3, 3L or 3.0); null otherwise. */
    private static Integer wholeNumber(Object raw) {
        if (!(raw instanceof Number number)) return null;
        double value = number.doubleValue();
        if (!Double.isFinite(value) || value % 1 != 0 || Math.abs(value) > Integer.MAX_VALUE) return null;
        return (int) value;
    }

    private static Double decimal(Object raw) {
        if (!(raw instanceof Number number)) return null;
        double value = number.doubleValue();
        return Double.isFinite(value) ? value : null;
    }

    private static boolean inRange(Item item, double value) {
        return value >= item.min() && value <= item.max();
    }

    private static String expectation(Item item) {
        return switch (item.type()) {
            case CHOICE -> "must be one of " + String.join(", ", item.options().stream().map(o -> quoted(o.value())).toList());
            case INTEGER -> "must be a whole number from " + plain(item.min()) + " to " + plain(item.max());
            case DECIMAL -> "must be a number from " + plain(item.min()) + " to " + plain(item.max());
            case BOOLEAN -> "must be true or false";
            case TEXT -> "must be text of at most " + LONGEST_TEXT + " characters";
        };
    }

    private static String rangeExpectation(Item item) {
        return "must be between " + plain(item.min()) + " and " + plain(item.max());
    }

    private static String quoted(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    /** 10.0 → "10", 2.5 → "2.5": bounds read like the scale the person saw. */
    private static String plain(double value) {
        return value % 1 == 0 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /**
     * Each question by its number on the form and its words ("Question 3: Have you had a fever?"), keyed like the field
     * errors, so a refused answer is named by the question the person saw.
     */
    public static Map<String, String> labels(Instrument instrument) {
        Map<String, String> labels = new LinkedHashMap<>();
        List<Item> items = instrument.items();
        for (int i = 0; i < items.size(); i++) labels.put("answers." + items.get(i).linkId(), "Question " + (i + 1) + ": " + items.get(i).text().strip());
        return labels;
    }

    private static FieldError error(String linkId, String message) {
        return new FieldError("answers." + linkId, message);
    }
}
