package org.backroot.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.program.PlanAdjustmentService.AdjustmentView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/plan/adjustments}: every version of the clinicians' adjustments to the person's own plan, newest first. */
@RestController
class PlanAdjustmentApiController {

    /** One version as JSON; the care API answers the same shape. */
    record AdjustmentJson(int version, String clinicianId, String clinicianName, Instant adjustedAt, LocalDate adjustedOn, Integer maxLevel,
                          List<String> excludeActivities, List<String> includeActivities, boolean pauseExposure, Integer minutesPerDay,
                          String note, List<String> changes) {
        static AdjustmentJson of(AdjustmentView v) {
            var a = v.version().adjustment();
            return new AdjustmentJson(v.version().version(), v.version().clinicianId(), v.version().clinicianName(), v.version().adjustedAt(),
                    v.adjustedOn(), a.maxLevel(), List.copyOf(a.excludeActivities()), List.copyOf(a.includeActivities()), a.pauseExposure(),
                    a.minutesPerDay(), a.note(), v.changes());
        }
    }

    private final PlanAdjustmentService adjustments;

    PlanAdjustmentApiController(PlanAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @GetMapping("/api/v1/plan/adjustments")
    List<AdjustmentJson> list(@AuthenticationPrincipal CurrentUser user) {
        return adjustments.adjustmentHistory(user.id()).stream().map(AdjustmentJson::of).toList();
    }
}
