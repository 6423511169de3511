package org.backroot.assessment.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one self-test field accepts and how a raw JSON or form value becomes a typed value.
 * Raw values arrive as Integer/Long/Double (JSON) or String (form posts), so both are read here.
 */
final class SelfTestFieldType {

    /** Plain decimals only: no exponents, hex, "NaN" or "Infinity", which Double.parseDouble would accept. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private enum Shape { DECIMAL, WHOLE, CHOICE }

    private final Shape shape;
    private final double min;
    private final double max;
    private final List<SelfTestChoice> choices;
    private final String expectation;

    private SelfTestFieldType(Shape shape, double min, double max, List<SelfTestChoice> choices, String expectation) {
        this.shape = shape;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.expectation = expectation;
    }

    /** A decimal measurement, e.g. {@code decimal("centimetres", 0, 20)}. */
    static SelfTestFieldType decimal(String unitWords, double min, double max) {
        String expectation = "must be a number of " + unitWords + " between " + plain(min) + " and " + plain(max);
        return new SelfTestFieldType(Shape.DECIMAL, min, max, List.of(), expectation);
    }

    /** A whole-number rating, with the expectation worded for people (what the ends mean). */
    static SelfTestFieldType whole(int min, int max, String expectation) {
        return new SelfTestFieldType(Shape.WHOLE, min, max, List.of(), expectation);
    }

    static SelfTestFieldType choice(SelfTestChoice... choices) {
        List<SelfTestChoice> list = List.of(choices);
        List<String> codes = list.stream().map(SelfTestChoice::code).toList();
        return new SelfTestFieldType(Shape.CHOICE, Double.NaN, Double.NaN, list, "must be one of: " + String.join(", ", codes));
    }

    String expectation() {
        return expectation;
    }

    boolean isWholeNumber() {
        return shape == Shape.WHOLE;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    List<String> codes() {
        return choices.stream().map(SelfTestChoice::code).toList();
    }

    /**
     * Reads a raw value. Returns null when the value is absent (null or an empty form field).
     *
     * @throws SelfTestInvalidValue when the value is present but not acceptable
     */
    Object parse(Object raw) {
        if (raw == null) return null;
        if (raw instanceof String s && s.isBlank()) return null;
        return switch (shape) {
            case DECIMAL -> inRange(number(raw));
            case WHOLE -> whole(inRange(number(raw)));
            case CHOICE -> choiceOf(raw);
        };
    }

    /** True when an already typed value (as held by SelfTestValues) is acceptable; null counts as absent. */
    boolean accepts(Object typed) {
        if (typed == null) return true;
        return switch (shape) {
            case DECIMAL -> typed instanceof Double d && d >= min && d <= max;
            case WHOLE -> typed instanceof Integer i && i >= min && i <= max;
            case CHOICE -> choices.contains(typed);
        };
    }

    private double number(Object raw) {
        if (raw instanceof Number n) {
            double value = n.doubleValue();
            if (Double.isFinite(value)) return value;
        } else if (raw instanceof String s && NUMBER.matcher(s.trim()).matches()) {
            return Double.parseDouble(s.trim().replace(',', '.'));
        }
        throw new SelfTestInvalidValue(expectation);
    }

    private double inRange(double value) {
        if (value < min || value > max) throw new SelfTestInvalidValue(expectation);
        return value;
    }

    private Integer whole(double value) {
        if (value != Math.rint(value)) throw new SelfTestInvalidValue(expectation);
        return (int) value;
    }

    private SelfTestChoice choiceOf(Object raw) {
        if (raw instanceof SelfTestChoice c && choices.contains(c)) return c;
        if (raw instanceof String s) {
            String code = s.trim().toLowerCase(Locale.ROOT);
            for (SelfTestChoice c : choices) {
                if (c.code().equals(code)) return c;
            }
        }
        throw new SelfTestInvalidValue(expectation);
    }

    /** 20.0 → "20", 1.5 → "1.5": numbers as people write them. */
    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
