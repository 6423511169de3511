package org.backroot.web.domain;

import java.util.Optional;

/**
 * The one rule for text a person sends: no control characters (NUL breaks PostgreSQL, the others hide text
 * or corrupt logs and exports) and no broken UTF-16 (a lone surrogate cannot be stored as UTF-8). Tab, line
 * feed and carriage return are ordinary text in notes and stay allowed.
 */
public final class TextInput {

    public static final String MESSAGE = "must not contain control characters or invalid characters; use ordinary text";

    private TextInput() {
    }

    /** True when {@code text} holds nothing a person could not have typed as ordinary text. */
    public static boolean isClean(CharSequence text) {
        return firstProblem(text) < 0;
    }

    /** The index of the first forbidden char in {@code text}, or -1 when it is clean (null is clean). */
    public static int firstProblem(CharSequence text) {
        if (text == null) return -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || forbidden(c)) return i;
        }
        return -1;
    }

    /** The error for {@code field} when {@code text} is not clean. */
    public static Optional<FieldError> problem(String field, CharSequence text) {
        return isClean(text) ? Optional.empty() : Optional.of(new FieldError(field, MESSAGE));
    }

    /** Answers {@code text} when clean. @throws ValidationException naming {@code field} otherwise */
    public static String require(String field, String text) {
        problem(field, text).ifPresent(e -> {
            throw new ValidationException(java.util.List.of(e));
        });
        return text;
    }

    private static boolean forbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }
}
