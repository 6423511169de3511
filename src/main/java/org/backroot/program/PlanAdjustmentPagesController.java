package org.backroot.program;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /plan/adjustments}: every change a clinician made to the person's plan, who and when, in plain words. */
@Controller
class PlanAdjustmentPagesController {

    private final PlanAdjustmentService adjustments;

    PlanAdjustmentPagesController(PlanAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @GetMapping("/plan/adjustments")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        var history = adjustments.adjustmentHistory(user.id());
        model.addAttribute("adjustments", history);
        model.addAttribute("talk", history.isEmpty() ? "/care-team" : adjustments.talkAddress(user.id(), history.get(0).version().clinicianId()));
        return "plan/adjustments";
    }
}
