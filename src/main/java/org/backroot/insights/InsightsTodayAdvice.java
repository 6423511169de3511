package org.backroot.insights;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts {@code flareRisk} (a {@link RiskView}) in the model of {@code /today} (and the form posts that re-render it), for
 * {@code ~{insights/risk :: card(${flareRisk})}}. The program module cannot read insights, so insights brings it.
 */
@ControllerAdvice(annotations = Controller.class)
class InsightsTodayAdvice {

    static final String ATTRIBUTE = "flareRisk";

    private final InsightsService insights;
    private final FlareRiskPreference preference;

    InsightsTodayAdvice(InsightsService insights, FlareRiskPreference preference) {
        this.insights = insights;
        this.preference = preference;
    }

    @ModelAttribute
    void flareRisk(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null) return;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/today") || path.startsWith("/today/")) model.addAttribute(ATTRIBUTE, preference.apply(user.id(), insights.risk(user.id())));
    }
}
