package org.backroot.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.program.PlanAdjustmentService.AdjustmentView;

/** One version of a clinician's plan adjustment as JSON: the person's API and the care API answer this shape. */
public record PlanAdjustmentJson(int version, String clinicianId, String clinicianName, Instant adjustedAt, LocalDate adjustedOn, Integer maxLevel,
                                 List<String> excludeActivities, List<String> includeActivities, boolean pauseExposure, Integer minutesPerDay,
                                 String note, List<String> changes) {

    public static PlanAdjustmentJson of(AdjustmentView v) {
        var a = v.version().adjustment();
        return new PlanAdjustmentJson(v.version().version(), v.version().clinicianId(), v.version().clinicianName(), v.version().adjustedAt(),
                v.adjustedOn(), a.maxLevel(), List.copyOf(a.excludeActivities()), List.copyOf(a.includeActivities()), a.pauseExposure(),
                a.minutesPerDay(), a.note(), v.changes());
    }
}
