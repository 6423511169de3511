package org.backroot.assessment.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One YAML mapping of an instrument file with typed getters. Instead of throwing, a getter
 * records a problem (prefixed with where it is, e.g. {@code item 'q1'}) and returns null, so one
 * pass reports every mistake in a file.
 */
final class InstrumentYamlMap {

    private final Map<?, ?> values;
    private final String where;
    private final List<String> problems;

    InstrumentYamlMap(Map<?, ?> values, String where, List<String> problems) {
        this.values = values;
        this.where = where;
        this.problems = problems;
    }

    /** Wraps {@code value} if it is a mapping; otherwise records a problem and returns null. */
    static InstrumentYamlMap of(Object value, String where, List<String> problems) {
        if (value instanceof Map<?, ?> map) return new InstrumentYamlMap(map, where, problems);
        problems.add(where + ": must be a mapping of keys to values");
        return null;
    }

    /** A nested mapping reporting into the same problem list; null (with a problem) if it is not a mapping. */
    InstrumentYamlMap child(Object value, String childWhere) {
        return of(value, childWhere, problems);
    }

    /** An empty nested mapping, for optional sections that were left out. */
    InstrumentYamlMap emptyChild(String childWhere) {
        return new InstrumentYamlMap(Map.of(), childWhere, problems);
    }

    String where() {
        return where;
    }

    void problem(String message) {
        problems.add(where + ": " + message);
    }

    /** Typos such as {@code reverse:} for {@code reversed:} would otherwise be ignored silently. */
    void rejectKeysOtherThan(Set<String> known) {
        for (Object key : values.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                problem("unknown key '" + key + "' (expected one of " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    Object raw(String key) {
        return values.get(key);
    }

    String text(String key) {
        Object value = values.get(key);
        if (value == null) return null;
        if (value instanceof String || value instanceof Number) return String.valueOf(value).trim();
        problem(key + " must be text");
        return null;
    }

    String requiredText(String key) {
        Object raw = values.get(key);
        if (raw == null || (raw instanceof String string && string.isBlank())) {
            problem(key + " is required");
            return null;
        }
        return text(key);
    }

    Integer integer(String key) {
        Object value = values.get(key);
        if (value == null) return null;
        if (value instanceof Integer number) return number;
        problem(key + " must be a whole number but was '" + value + "'");
        return null;
    }

    Double number(String key) {
        Object value = values.get(key);
        if (value == null) return null;
        if (value instanceof Number number && !(value instanceof BigInteger)) return number.doubleValue();
        problem(key + " must be a number but was '" + value + "'");
        return null;
    }

    Boolean flag(String key) {
        Object value = values.get(key);
        if (value == null) return null;
        if (value instanceof Boolean flag) return flag;
        problem(key + " must be true or false but was '" + value + "'");
        return null;
    }

    boolean flag(String key, boolean fallback) {
        Boolean value = flag(key);
        return value == null ? fallback : value;
    }

    List<Object> list(String key) {
        Object value = values.get(key);
        if (value == null) return List.of();
        if (value instanceof List<?> list) return new ArrayList<>(list);
        problem(key + " must be a list");
        return List.of();
    }

    List<String> textList(String key) {
        List<String> texts = new ArrayList<>();
        for (Object element : list(key)) {
            if (element instanceof String text) texts.add(text);
            else problem(key + " must list text values but contains '" + element + "'");
        }
        return texts;
    }
}
