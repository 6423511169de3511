package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Something to mark on a chart at a date.
 *
 * @param date  the day
 * @param kind  a flare day or a change of plan phase
 * @param label short text for the chart ("Flare", "Phase 2: build")
 */
public record TrendMarker(LocalDate date, Kind kind, String label) {

    public enum Kind { FLARE, PHASE_CHANGE }

    public TrendMarker {
        if (date == null) throw new IllegalArgumentException("date: must be given");
        if (kind == null) throw new IllegalArgumentException("kind: must be given");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("label: must be given");
    }

    public static TrendMarker flare(LocalDate date) {
        return new TrendMarker(date, Kind.FLARE, "Flare");
    }

    public static List<TrendMarker> flares(Collection<LocalDate> dates) {
        return dates.stream().sorted().distinct().map(TrendMarker::flare).toList();
    }

    public static TrendMarker phaseChange(LocalDate date, String label) {
        return new TrendMarker(date, Kind.PHASE_CHANGE, label);
    }
}
