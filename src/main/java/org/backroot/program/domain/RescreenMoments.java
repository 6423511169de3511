package org.backroot.program.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The program's moments that call for the red-flag screen again (clinical-facts E/I: re-screen in a recurrent
 * population), considering only what happened after the last screen. Pure and deterministic.
 */
public final class RescreenMoments {

    private RescreenMoments() {
    }

    /**
     * The first day of the latest calm phase that reached {@code maxDays} days (still going, or ended at the limit)
     * on a day after {@code lastScreenedOn}.
     *
     * @param changes every phase change, any order
     */
    public static Optional<LocalDate> longCalm(List<PhaseChange> changes, LocalDate lastScreenedOn, LocalDate today, int maxDays) {
        List<PhaseChange> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparing(PhaseChange::date));
        LocalDate found = null;
        LocalDate start = null;
        for (PhaseChange c : ordered) {
            if (c.to() == Phase.CALM && c.from() != Phase.CALM) start = c.date();
            else if (c.from() == Phase.CALM && c.to() != Phase.CALM && start != null) {
                if (reached(start, c.date(), lastScreenedOn, maxDays)) found = start;
                start = null;
            }
        }
        if (start != null && reached(start, today, lastScreenedOn, maxDays)) found = start;
        return Optional.ofNullable(found);
    }

    private static boolean reached(LocalDate start, LocalDate end, LocalDate lastScreenedOn, int maxDays) {
        LocalDate limit = start.plusDays(maxDays);
        return !end.isBefore(limit) && limit.isAfter(lastScreenedOn);
    }

    /**
     * The day the plan first reached activity level 4 after the last screen: the start of the earliest plan with a
     * level-4 activity, or {@code today} when no plan has one yet but the next plan's level band reaches 4. Empty
     * when a plan on or before {@code lastScreenedOn} already had level 4 (the screen came after that moment).
     *
     * @param highestLevelByPlanStart each plan's start date to the highest activity level in it
     * @param nextBandTop             the highest level the next plan may use (its phase's top level plus any shift)
     */
    public static Optional<LocalDate> levelFour(Map<LocalDate, Integer> highestLevelByPlanStart, int nextBandTop,
                                                LocalDate lastScreenedOn, LocalDate today) {
        Optional<LocalDate> first = new TreeMap<>(highestLevelByPlanStart).entrySet().stream()
                .filter(e -> e.getValue() >= Activity.MAX_LEVEL).map(Map.Entry::getKey).findFirst();
        if (first.isPresent()) return first.filter(d -> d.isAfter(lastScreenedOn));
        return nextBandTop >= Activity.MAX_LEVEL ? Optional.of(today) : Optional.empty();
    }
}
