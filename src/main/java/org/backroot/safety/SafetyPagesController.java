package org.backroot.safety;

import java.time.LocalDate;

import org.backroot.account.CurrentUser;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /safety}: what the screen found, what to do, the "a clinician has checked me" form and the
 * "I answered this by mistake" form.
 */
@Controller
class SafetyPagesController {

    private final SafetyService safety;

    SafetyPagesController(SafetyService safety) {
        this.safety = safety;
    }

    @GetMapping("/safety")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("rescreen", safety.rescreenMessages(user.id()));
        model.addAttribute("clinicianClearances", safety.clinicianClearanceViews(user.id()));
        return "safety/status";
    }

    @PostMapping("/safety/clinician-assessment")
    String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String assessedOn,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            safety.confirmClinicianAssessment(user.id(), parse(assessedOn), note);
            redirect.addFlashAttribute("confirmed", true);
            return "redirect:/safety";
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("assessedOnError", e.errors().get(0).message());
            model.addAttribute("assessedOnValue", assessedOn);
            model.addAttribute("safety", safety.banner(user.id()));
            model.addAttribute("clinicianClearances", safety.clinicianClearanceViews(user.id()));
            return "safety/status";
        }
    }

    @PostMapping("/safety/corrections")
    String correct(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String item,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            safety.correctMistake(user.id(), item.isBlank() ? null : item, note);
            redirect.addFlashAttribute("corrected", true);
            return "redirect:/safety";
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("correctionErrors", e.messagesByField());
            model.addAttribute("safety", safety.banner(user.id()));
            model.addAttribute("clinicianClearances", safety.clinicianClearanceViews(user.id()));
            return "safety/status";
        }
    }

    private static LocalDate parse(String text) {
        if (text.isBlank()) return null;
        LocalDate date = DateInput.parseOrNull(text);
        if (date == null) throw new ValidationException("assessedOn", DateInput.FORMAT);
        return date;
    }
}
