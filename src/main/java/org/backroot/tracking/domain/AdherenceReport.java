package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adherence over a date range.
 *
 * @param from        first day
 * @param to          last day
 * @param total       all planned items in the range
 * @param byComponent per component over the whole range, sorted by component name
 * @param weeks       consecutive 7-day weeks starting at {@code from}; the last may be shorter
 */
public record AdherenceReport(LocalDate from, LocalDate to, AdherenceTally total, Map<String, AdherenceTally> byComponent,
        List<WeekAdherence> weeks) {

    public AdherenceReport {
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to must be dates with from not after to");
        if (total == null) throw new IllegalArgumentException("total must not be null");
        byComponent = Collections.unmodifiableMap(new TreeMap<>(byComponent));
        weeks = List.copyOf(weeks);
    }

    /** Tally for one component over the range; {@link AdherenceTally#NONE} when it was never planned. */
    public AdherenceTally component(String component) {
        return byComponent.getOrDefault(component, AdherenceTally.NONE);
    }
}
