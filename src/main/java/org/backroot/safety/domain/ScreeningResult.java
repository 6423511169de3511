package org.backroot.safety.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a red-flag screening and every reason for it, most severe first.
 * The outcome is always the most severe reason's outcome (the highest outcome wins), or clear.
 */
public record ScreeningResult(SafetyOutcome outcome, List<Reason> reasons) {

    public ScreeningResult {
        if (outcome == null) throw new IllegalArgumentException("outcome must not be null");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (outcome != highest(reasons)) {
            throw new IllegalArgumentException("outcome must be the most severe reason's outcome (" + highest(reasons) + ") but was " + outcome);
        }
    }

    public static ScreeningResult clear() {
        return new ScreeningResult(SafetyOutcome.CLEAR, List.of());
    }

    /** Orders the reasons most severe first (stable within one outcome) and derives the outcome. */
    public static ScreeningResult of(List<Reason> reasons) {
        List<Reason> sorted = new ArrayList<>(reasons);
        sorted.sort(Comparator.comparing(Reason::outcome).reversed());
        return new ScreeningResult(highest(sorted), sorted);
    }

    /** Both results' reasons together; the more severe outcome wins. */
    public ScreeningResult merge(ScreeningResult other) {
        List<Reason> all = new ArrayList<>(reasons);
        all.addAll(other.reasons);
        return of(all);
    }

    private static SafetyOutcome highest(List<Reason> reasons) {
        return reasons.stream().map(Reason::outcome).max(Comparator.naturalOrder()).orElse(SafetyOutcome.CLEAR);
    }
}
