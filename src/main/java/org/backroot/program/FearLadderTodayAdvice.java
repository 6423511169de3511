package org.backroot.program;

import org.backroot.account.CurrentUser;
import org.backroot.safety.SafetyService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts {@code exposuresWaiting} (how many fear-ladder steps wait for answers) in the model of {@code /today}, so a
 * step logged without what happened or fear after is asked again there, never filled with a default.
 */
@ControllerAdvice(annotations = Controller.class)
class FearLadderTodayAdvice {

    private final FearLadderRepository repository;
    private final SafetyService safety;

    FearLadderTodayAdvice(FearLadderRepository repository, SafetyService safety) {
        this.repository = repository;
        this.safety = safety;
    }

    @ModelAttribute
    void exposuresWaiting(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null) return;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/today") && !path.startsWith("/today/")) return;
        if (!safety.status(user.id()).programAllowed()) return;
        model.addAttribute("exposuresWaiting", repository.pending(user.id()).size());
    }
}
