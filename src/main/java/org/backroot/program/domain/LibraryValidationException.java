package org.backroot.program.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The activity library cannot be used. The message lists every problem found, one per line, each
 * naming the file, the activity id and what is wrong, so start-up fails with something to fix.
 */
public class LibraryValidationException extends RuntimeException {

    private final List<LibraryProblem> problems;

    public LibraryValidationException(List<LibraryProblem> problems) {
        super(summary(problems));
        if (problems == null || problems.isEmpty()) throw new IllegalArgumentException("problems must not be empty");
        this.problems = List.copyOf(problems);
    }

    public List<LibraryProblem> problems() {
        return problems;
    }

    private static String summary(List<LibraryProblem> problems) {
        if (problems == null || problems.isEmpty()) return "activity library is invalid";
        if (problems.size() == 1) return "activity library is invalid: " + problems.get(0);
        return "activity library is invalid (" + problems.size() + " problems):"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}
