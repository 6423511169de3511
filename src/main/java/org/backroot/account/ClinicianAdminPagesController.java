package org.backroot.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backroot.account.domain.Registration;
import org.backroot.shared.ConflictException;
import org.backroot.shared.NotFoundException;
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

/**
 * The administrator's clinician page under Settings: create a clinician account, see them all, switch one off or on
 * (Post/Redirect/Get; a mistake is shown next to its field with status 400). Only ADMIN may open it.
 */
@Controller
class ClinicianAdminPagesController {

    static final String PAGE = "/settings/clinicians";

    private final ClinicianAccountService clinicians;

    ClinicianAdminPagesController(ClinicianAccountService clinicians) {
        this.clinicians = clinicians;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        return render(model, Map.of(), Map.of());
    }

    @PostMapping(PAGE)
    String create(@AuthenticationPrincipal CurrentUser admin, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> values = Map.of("email", email, "displayName", displayName);
        try {
            var created = clinicians.create(admin.id(), Registration.of(email, password, displayName));
            // Only Strings in the flash: it is kept in the database-backed session until the redirect is followed.
            redirect.addFlashAttribute("saved", created.account().displayName() + " (" + created.account().email().value() + ")");
            return "redirect:" + PAGE;
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(model, values, e.messagesByField());
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render(model, values, Map.of("email", "Sign-in email: " + e.getMessage()));
        }
    }

    @PostMapping(PAGE + "/{id}/disable")
    String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id, RedirectAttributes redirect) {
        return change(() -> clinicians.disable(admin.id(), id), "disabled", redirect);
    }

    @PostMapping(PAGE + "/{id}/enable")
    String enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id, RedirectAttributes redirect) {
        return change(() -> clinicians.enable(admin.id(), id), "enabled", redirect);
    }

    private String change(java.util.function.Supplier<ClinicianAccountService.Clinician> action, String what, RedirectAttributes redirect) {
        try {
            var clinician = action.get();
            redirect.addFlashAttribute(what, clinician.account().displayName());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("missing", true);
        }
        return "redirect:" + PAGE;
    }

    private String render(Model model, Map<String, String> values, Map<String, String> errors) {
        Map<String, String> v = new LinkedHashMap<>(Map.of("email", "", "displayName", ""));
        v.putAll(values);
        model.addAttribute("clinicians", clinicians.list());
        model.addAttribute("values", v);
        model.addAttribute("errors", errors);
        return "settings/clinicians";
    }
}
