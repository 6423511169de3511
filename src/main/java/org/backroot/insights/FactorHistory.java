package org.backroot.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six factor loads (0-100) across the days factor checks were answered, chart-ready.
 *
 * @param dates  each assessment day, oldest first
 * @param loads  factor id → one load per date (null where that factor was not assessed by then), factors in profile order
 */
public record FactorHistory(List<LocalDate> dates, Map<String, List<Integer>> loads) {

    public FactorHistory {
        dates = List.copyOf(dates);
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        loads.forEach((k, v) -> copy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
        loads = Collections.unmodifiableMap(copy);
    }

    /** The factor's name as every page and the report show it ({@link org.backroot.profile.domain.Factor#label()}). */
    public String label(String factorId) {
        return org.backroot.profile.domain.Factor.byId(factorId).map(org.backroot.profile.domain.Factor::label).orElse(factorId);
    }

    public boolean isEmpty() {
        return dates.isEmpty();
    }
}
