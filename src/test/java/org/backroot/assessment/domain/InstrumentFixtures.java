package org.backroot.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Loads test instruments from src/test/resources/instruments-fixtures and builds answer sets. */
final class InstrumentFixtures {

    private InstrumentFixtures() {
    }

    static Instrument load(String fileName) {
        String path = "/instruments-fixtures/" + fileName;
        try (InputStream in = InstrumentFixtures.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + path);
            return new InstrumentParser().parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnswerSet answers(Instrument instrument, Map<String, ?> raw) {
        return ResponseValidator.validate(instrument, raw);
    }

    /** Answers q1..qN (with the given prefix) with the given values, in order. */
    static Map<String, Object> numbered(String prefix, int... values) {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) answers.put(prefix + (i + 1), values[i]);
        return answers;
    }
}
