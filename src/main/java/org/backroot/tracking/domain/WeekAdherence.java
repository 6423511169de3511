package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adherence in one week of the range.
 *
 * @param from        first day of the week
 * @param to          last day (earlier than {@code from + 6} when the range ends mid-week)
 * @param total       all components together
 * @param byComponent per component, sorted by component name; only components planned that week
 */
public record WeekAdherence(LocalDate from, LocalDate to, AdherenceTally total, Map<String, AdherenceTally> byComponent) {

    public WeekAdherence {
        if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to must be dates with from not after to");
        if (total == null) throw new IllegalArgumentException("total must not be null");
        byComponent = Collections.unmodifiableMap(new TreeMap<>(byComponent));
    }
}
