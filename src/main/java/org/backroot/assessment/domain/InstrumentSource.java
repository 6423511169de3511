package org.backroot.assessment.domain;

/** The text of one instrument file and where it came from (used in error messages). */
public record InstrumentSource(String name, String yamlText) {

    public InstrumentSource {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        if (yamlText == null) throw new IllegalArgumentException("yamlText of " + name + " must not be null");
    }
}
