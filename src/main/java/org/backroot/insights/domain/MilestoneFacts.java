package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backroot.program.domain.PhaseChange;

/**
 * What the milestones are read from, all of it stored data.
 *
 * @param firstPlanStart the first day of the person's first plan, or null before a plan
 * @param practiceDays   days with any practice logged (done or stopped early)
 * @param phaseChanges   the program's phase changes, any order (calm is the flare phase)
 * @param fearedTries    every logged try of a fear-ladder activity, any order
 * @param outcomes       each outcome measure's answers over time
 */
public record MilestoneFacts(LocalDate firstPlanStart, Set<LocalDate> practiceDays, List<PhaseChange> phaseChanges,
        List<FearedTry> fearedTries, List<OutcomeSeries> outcomes) {

    public MilestoneFacts {
        practiceDays = Set.copyOf(practiceDays);
        phaseChanges = List.copyOf(phaseChanges);
        fearedTries = List.copyOf(fearedTries);
        outcomes = List.copyOf(outcomes);
    }

    /** One try of an activity on the fear ladder. */
    public record FearedTry(LocalDate date, String itemId, String activity) {
        public FearedTry {
            if (date == null || itemId == null || itemId.isBlank() || activity == null || activity.isBlank()) {
                throw new IllegalArgumentException("date, itemId and activity: must be given");
            }
        }
    }

    /**
     * One outcome measure's answers, by the person's date.
     *
     * @param id      the instrument ("pain", "peg", "psfs")
     * @param measure how its change is judged
     * @param points  every complete answer (date, score), oldest first; the first is the baseline
     */
    public record OutcomeSeries(String id, MicMeasure measure, List<TrendPoint> points) {
        public OutcomeSeries {
            if (id == null || id.isBlank() || measure == null) throw new IllegalArgumentException("id and measure: must be given");
            points = List.copyOf(points);
        }
    }
}
