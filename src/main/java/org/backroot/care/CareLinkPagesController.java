package org.backroot.care;

import java.util.ArrayList;
import java.util.Map;

import org.backroot.account.CurrentUser;
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
 * The clinician's side of an invitation: {@code /care/link} asks for the code (the link a person shares opens it with
 * the code filled in), and after it is redeemed shows who was added and what they share (Post/Redirect/Get; a wrong
 * code is explained next to the field, status 400). Only CLINICIAN accounts reach it (security rules).
 */
@Controller
class CareLinkPagesController {

    static final String PAGE = "/care/link";

    private final CareInvitations invitations;

    CareLinkPagesController(CareInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String code, Model model) {
        return render(model, code == null ? "" : code, Map.of());
    }

    @PostMapping(PAGE)
    String redeem(@AuthenticationPrincipal CurrentUser clinician, @RequestParam(defaultValue = "") String code, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        LinkedPerson person;
        try {
            person = invitations.redeem(clinician, code);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(model, code, e.messagesByField());
        }
        redirect.addFlashAttribute("linkedId", person.personId());
        redirect.addFlashAttribute("linkedName", person.displayName());
        redirect.addFlashAttribute("linkedScopes", new ArrayList<>(person.scopes().stream().sorted().map(s -> s.jsonName()).toList()));
        return "redirect:" + PAGE;
    }

    private String render(Model model, String code, Map<String, String> errors) {
        model.addAttribute("code", code);
        model.addAttribute("errors", errors);
        return "care/link";
    }
}
