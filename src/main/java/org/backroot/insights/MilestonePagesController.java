package org.backroot.insights;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code POST /milestones/seen}: puts a milestone away from the Today card, then back to Today (Post/Redirect/Get). */
@Controller
class MilestonePagesController {

    private final MilestoneService milestones;

    MilestonePagesController(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @PostMapping("/milestones/seen")
    String seen(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String key) {
        milestones.markSeen(user.id(), key);
        return "redirect:/today";
    }
}
