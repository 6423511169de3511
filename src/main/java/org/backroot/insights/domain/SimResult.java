package org.backroot.insights.domain;

import java.util.List;

/** A simulated diary and the hidden rules that made it. Synthetic: never shown as real data. */
public record SimResult(List<DayRecord> days, SimRules truth) {

    public SimResult {
        if (days == null || truth == null) {
            throw new IllegalArgumentException("days and truth: must be given");
        }
        days = List.copyOf(days);
    }
}
