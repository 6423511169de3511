package org.backroot.care;

import org.backroot.account.CurrentUser;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The clinician's landing page: the panel ({@code /care/people}) and acknowledging an alert from it (Post/Redirect/Get). */
@Controller
class CarePanelPagesController {

    private final CarePanel panel;
    private final CareAlerts alerts;

    CarePanelPagesController(CarePanel panel, CareAlerts alerts) {
        this.panel = panel;
        this.alerts = alerts;
    }

    @GetMapping("/care/people")
    String people(@AuthenticationPrincipal CurrentUser clinician, Model model) {
        model.addAttribute("rows", panel.rows(clinician));
        return "care/people";
    }

    @PostMapping("/care/alerts/{personId}/{alertId}/acknowledge")
    String acknowledge(@AuthenticationPrincipal CurrentUser clinician, @PathVariable String personId, @PathVariable String alertId,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            alerts.acknowledge(clinician, personId, alertId, note);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("noteError", e.messagesByField().values().iterator().next());
            model.addAttribute("noteErrorAlert", alertId);
            model.addAttribute("noteValue", note);
            return people(clinician, model);
        }
        redirect.addFlashAttribute("acknowledged", true);
        return "redirect:/care/people";
    }
}
