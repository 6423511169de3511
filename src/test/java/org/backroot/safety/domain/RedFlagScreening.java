package org.backroot.safety.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backroot.assessment.domain.AnswerSet;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentParser;
import org.backroot.assessment.domain.Item;
import org.backroot.assessment.domain.ResponseValidator;

/** The real red-flags.yaml and answer sets built from "everything is fine" plus a few changes. */
final class RedFlagScreening {

    static final Instrument INSTRUMENT = load();

    private RedFlagScreening() {
    }

    private static Instrument load() {
        String path = "/instruments/red-flags.yaml";
        try (InputStream in = RedFlagScreening.class.getResourceAsStream(path)) {
            return new InstrumentParser().parse("instruments/red-flags.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No to every yes/no question, back pain for under three months, first began at 45-50. */
    static Map<String, Object> allClear() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item item : INSTRUMENT.items()) answers.put(item.linkId(), "no");
        answers.put("onset-age", "45-50");
        answers.put("back-pain-duration", "under-3-months");
        return answers;
    }

    static AnswerSet answers(Object... changes) {
        Map<String, Object> answers = allClear();
        for (int i = 0; i < changes.length; i += 2) answers.put((String) changes[i], changes[i + 1]);
        return ResponseValidator.validate(INSTRUMENT, answers);
    }

    static ScreeningResult screen(Object... changes) {
        return RedFlagEvaluator.evaluate(INSTRUMENT, answers(changes));
    }
}
