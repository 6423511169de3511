package org.backroot.insights;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts {@code newMilestones} (milestones reached lately and not put away, newest first) in the model of {@code /today}
 * (and the form posts that re-render it), for {@code ~{insights/milestones :: card(${newMilestones})}}. The program
 * module owns Today and cannot read insights, so insights brings it.
 */
@ControllerAdvice(annotations = Controller.class)
class MilestonesTodayAdvice {

    static final String ATTRIBUTE = "newMilestones";

    private final MilestoneService milestones;

    MilestonesTodayAdvice(MilestoneService milestones) {
        this.milestones = milestones;
    }

    @ModelAttribute
    void newMilestones(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null) return;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/today") || path.startsWith("/today/")) model.addAttribute(ATTRIBUTE, milestones.fresh(user.id()));
    }
}
