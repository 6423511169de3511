package org.backroot.assessment.domain;

import java.util.List;

/**
 * One or more instrument files are malformed. Each problem names the file, the item (or section)
 * and what is wrong, e.g. {@code instruments/stress.yaml: item 'tension-neck': option values must be unique}.
 * Start-up fails with this message so an operator can fix the file.
 */
public class InstrumentValidationException extends RuntimeException {

    private final List<String> problems;

    public InstrumentValidationException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems == null || problems.isEmpty()) throw new IllegalArgumentException("problems must not be empty");
        if (problems.size() == 1) return problems.get(0);
        return problems.size() + " problems in instrument files:\n  " + String.join("\n  ", problems);
    }
}
