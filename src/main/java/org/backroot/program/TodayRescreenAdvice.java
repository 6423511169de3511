package org.backroot.program;

import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.safety.SafetyService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Today shows when the safety questions are due again (every 3 months, a new episode, a long calm phase, level 4).
 * Asked only when Today is shown, not on its form posts that redirect.
 */
@ControllerAdvice(assignableTypes = TodayPagesController.class)
class TodayRescreenAdvice {

    private final SafetyService safety;

    TodayRescreenAdvice(SafetyService safety) {
        this.safety = safety;
    }

    @ModelAttribute("rescreen")
    List<String> rescreen(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        if (user == null || !"GET".equals(request.getMethod())) return List.of();
        return safety.rescreenMessages(user.id());
    }
}
