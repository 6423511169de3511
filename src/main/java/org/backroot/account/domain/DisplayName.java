package org.backroot.account.domain;

/** The name Backroot greets someone by; 1-100 characters, no control characters. */
public record DisplayName(String value) {

    public DisplayName {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("must not be empty");
        value = value.strip();
        if (value.length() > 100) throw new IllegalArgumentException("must be at most 100 characters");
        if (value.chars().anyMatch(Character::isISOControl)) throw new IllegalArgumentException("must not contain control characters");
    }
}
