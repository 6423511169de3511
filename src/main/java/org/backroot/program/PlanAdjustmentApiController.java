package org.backroot.program;

import java.util.List;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/plan/adjustments}: every version of the clinicians' adjustments to the person's own plan, newest first. */
@RestController
class PlanAdjustmentApiController {

    private final PlanAdjustmentService adjustments;

    PlanAdjustmentApiController(PlanAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @GetMapping("/api/v1/plan/adjustments")
    List<PlanAdjustmentJson> list(@AuthenticationPrincipal CurrentUser user) {
        return adjustments.adjustmentHistory(user.id()).stream().map(PlanAdjustmentJson::of).toList();
    }
}
