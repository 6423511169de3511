package org.backroot.account.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login email, trimmed and lower-cased so that "Ann@Example.org" and "ann@example.org" are one account. */
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    public Email {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("must not be empty");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("must be an email address like name@example.org");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
