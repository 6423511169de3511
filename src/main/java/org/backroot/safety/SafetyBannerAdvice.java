package org.backroot.safety;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts the person's safety status on every page, so an urgent or emergency result shows its
 * instructions everywhere until a clinician has assessed them.
 */
@ControllerAdvice(annotations = Controller.class)
class SafetyBannerAdvice {

    private final SafetyService safety;

    SafetyBannerAdvice(SafetyService safety) {
        this.safety = safety;
    }

    @ModelAttribute("safety")
    SafetyBanner safety(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        // @RestController is a @Controller too: skip the JSON API, where no page is rendered and every request counts.
        if (user == null || request.getRequestURI().startsWith("/api/")) return null;
        return safety.banner(user.id());
    }
}
