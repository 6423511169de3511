package org.backroot.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * Turns raw self-test input into {@link SelfTestValues}, collecting every problem before failing so a
 * person can fix all fields at once. Errors come in a stable order: date, known fields, unknown fields.
 */
final class SelfTestMapReader {

    static final String UNKNOWN_FIELD = "unknown self-test field";
    private static final String UNNAMED = "(unnamed)";

    private final List<FieldError> errors = new ArrayList<>();
    private final Map<SelfTestField, Object> typed = new EnumMap<>(SelfTestField.class);
    private final Map<SelfTestField, Object> known = new EnumMap<>(SelfTestField.class);
    private final Map<String, Object> unknown = new TreeMap<>();
    private Object rawDate;

    private SelfTestMapReader() {
    }

    static SelfTestValues read(Map<?, ?> raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        SelfTestMapReader reader = new SelfTestMapReader();
        if (raw != null) raw.forEach(reader::sort);
        return reader.build(today);
    }

    /** Keys are compared as written: a stray key type (not a String) from a loose map is just an unknown field. */
    private void sort(Object key, Object value) {
        String name = key == null ? UNNAMED : key.toString();
        if (SelfTestValues.TAKEN_ON.equals(name)) {
            rawDate = value;
            return;
        }
        SelfTestField.byKey(name).ifPresentOrElse(f -> known.put(f, value), () -> unknown.put(name.isBlank() ? UNNAMED : name, value));
    }

    private SelfTestValues build(LocalDate today) {
        LocalDate takenOn = takenOn(today);
        known.forEach(this::parseField);
        unknown.keySet().forEach(name -> errors.add(new FieldError(name, UNKNOWN_FIELD)));
        // Only when nothing usable was even attempted: a bad value already has its own, more useful message.
        if (typed.isEmpty() && noFieldErrors()) {
            errors.add(new FieldError(SelfTestValues.MEASUREMENTS, "enter at least one self-test measurement"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return SelfTestValues.of(takenOn, typed);
    }

    private boolean noFieldErrors() {
        return errors.stream().noneMatch(e -> SelfTestField.byKey(e.field()).isPresent());
    }

    private void parseField(SelfTestField field, Object raw) {
        try {
            Object value = field.parse(raw);
            if (value != null) typed.put(field, value);
        } catch (SelfTestInvalidValue e) {
            errors.add(new FieldError(field.key(), e.getMessage()));
        }
    }

    private LocalDate takenOn(LocalDate today) {
        try {
            return DateInput.readPast(SelfTestValues.TAKEN_ON, rawDate, today, today);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return today;
        }
    }
}
