package org.backroot.assessment.domain;

/** One answer of a choice field, e.g. ("negative", "Thigh rests on or below the bed"). */
public record GuideOption(String value, String label) {
    public GuideOption {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("option value must not be blank");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("option label must not be blank");
    }
}
