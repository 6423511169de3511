package org.backroot.program.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What earlier weeks teach the next plan.
 *
 * <p>{@code levelShifts} moves activities up or down their library chains, -3 to +3, keyed by:
 * <ul>
 *   <li>an activity id ({@code "ankle-knee-to-wall-rocks": -1}): whenever that activity would be
 *       chosen, its regression (or progression) is used instead, one link per step;</li>
 *   <li>{@code "component:region"} ({@code "movement:ankle": -1}): the level band of that
 *       component for that region moves;</li>
 *   <li>{@code "component"} ({@code "stress": 1}), or {@code "walking"} for the walking goal, or
 *       {@code "exposure"} for fear-ladder steps: the band of the whole component moves;</li>
 *   <li>{@code "all"}: every band moves (e.g. -1 after a flare: "resume one level lower").</li>
 * </ul>
 * Band shifts add up (all + component + component:region). The calm phase ignores upward shifts.
 *
 * @param levelShifts      shifts by key as above
 * @param usedLastWeek     activity ids of last week's plan; the generator prefers others for variety
 */
public record PlanHistory(Map<String, Integer> levelShifts, Set<String> usedLastWeek) {

    public static final String ALL = "all";
    public static final String WALKING = "walking";
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(:[a-z]+)?");
    public static final int MAX_SHIFT = 3;

    public PlanHistory {
        if (levelShifts == null) levelShifts = Map.of();
        Map<String, Integer> shifts = new TreeMap<>();
        for (Map.Entry<String, Integer> e : levelShifts.entrySet()) {
            if (e.getKey() == null || !KEY.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("levelShifts key must be an activity id, a component, 'component:region' or 'all', was '"
                        + e.getKey() + "'");
            }
            Integer v = e.getValue();
            if (v == null || v < -MAX_SHIFT || v > MAX_SHIFT) {
                throw new IllegalArgumentException("levelShifts." + e.getKey() + " must be between -3 and 3, was " + v);
            }
            if (v != 0) shifts.put(e.getKey(), v);
        }
        levelShifts = Collections.unmodifiableMap(shifts);
        if (usedLastWeek == null) usedLastWeek = Set.of();
        if (usedLastWeek.stream().anyMatch(java.util.Objects::isNull)) throw new IllegalArgumentException("usedLastWeek must not contain null");
        usedLastWeek = Collections.unmodifiableSet(new TreeSet<>(usedLastWeek));
    }

    public static PlanHistory empty() {
        return new PlanHistory(Map.of(), Set.of());
    }

    /** The shift stored under exactly this key, 0 when none. */
    public int shift(String key) {
        return levelShifts.getOrDefault(key, 0);
    }

    /** The band shift for a component (and region, may be null): all + component + component:region. */
    public int bandShift(String componentKey, String regionId) {
        int s = shift(ALL) + shift(componentKey);
        if (regionId != null) s += shift(componentKey + ":" + regionId);
        return s;
    }

    /** A copy with {@code delta} added to the shift under {@code key}, clamped to -3..3. */
    public PlanHistory withShift(String key, int delta) {
        Map<String, Integer> shifts = new LinkedHashMap<>(levelShifts);
        int v = Math.max(-MAX_SHIFT, Math.min(MAX_SHIFT, shift(key) + delta));
        shifts.put(key, v);
        return new PlanHistory(shifts, usedLastWeek);
    }

    /** A copy remembering the activities of {@code plan} as last week's. */
    public PlanHistory withLastWeek(WeeklyPlan plan) {
        return new PlanHistory(levelShifts, plan.activityIds());
    }
}
