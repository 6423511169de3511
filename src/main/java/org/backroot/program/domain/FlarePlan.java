package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * The person's own flare plan, written in their words (lesson 9 of the course) and shown on Today when a
 * flare starts. Each part is optional, but at least one is written; each is at most {@value #MAX_LENGTH}
 * characters. Text is kept as written, trimmed at both ends.
 *
 * @param whatHelps  what helps me when my back flares
 * @param firstDays  what I will do on day 1 and 2
 * @param contacts   who I contact (and when)
 * @param keepDoing  what I will keep doing
 */
public record FlarePlan(String whatHelps, String firstDays, String contacts, String keepDoing) {

    public static final int MAX_LENGTH = 500;
    public static final List<String> FIELDS = List.of("whatHelps", "firstDays", "contacts", "keepDoing");

    public FlarePlan {
        whatHelps = clean(whatHelps);
        firstDays = clean(firstDays);
        contacts = clean(contacts);
        keepDoing = clean(keepDoing);
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> parts = Map.of("whatHelps", nz(whatHelps), "firstDays", nz(firstDays), "contacts", nz(contacts), "keepDoing", nz(keepDoing));
        for (String field : FIELDS) {
            String value = parts.get(field);
            if (value.length() > MAX_LENGTH) {
                errors.add(new FieldError(field, "must be at most " + MAX_LENGTH + " characters, has " + value.length()));
            } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                errors.add(new FieldError(field, "must be plain text without control characters"));
            }
        }
        if (whatHelps == null && firstDays == null && contacts == null && keepDoing == null) {
            errors.add(new FieldError("whatHelps", "write at least one part of your plan (whatHelps, firstDays, contacts or keepDoing)"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    /** One part by its field name (whatHelps, firstDays, contacts, keepDoing), or null when not written. */
    public String part(String field) {
        return switch (field) {
            case "whatHelps" -> whatHelps;
            case "firstDays" -> firstDays;
            case "contacts" -> contacts;
            case "keepDoing" -> keepDoing;
            default -> throw new IllegalArgumentException("no flare plan part called '" + field + "'");
        };
    }

    /** The written parts by field name, in the order of {@link #FIELDS}. */
    public Map<String, String> written() {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (String f : FIELDS) {
            if (part(f) != null) parts.put(f, part(f));
        }
        return parts;
    }

    private static String clean(String value) {
        if (value == null) return null;
        String s = value.strip().replace("\r\n", "\n");
        return s.isEmpty() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
