package org.backroot.web.domain;

/** One bad input field and what is expected instead, e.g. ("kneeToWallCmLeft", "must be between 0 and 20 cm"). */
public record FieldError(String field, String message) {
    public FieldError {
        if (field == null || field.isBlank()) throw new IllegalArgumentException("field must not be blank");
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message must not be blank");
    }
}
