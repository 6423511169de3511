package org.backroot.account;

import jakarta.servlet.http.HttpServletResponse;

import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.ValidationException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings page that lists, creates and revokes personal access tokens (Post/Redirect/Get). */
@Controller
class TokenSettingsController {

    private final AccessTokenService tokens;

    TokenSettingsController(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/settings/tokens")
    String tokens(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.list(user.id()));
        return "settings/tokens";
    }

    /**
     * The new token is shown once, in this very answer, and never stored in clear: not in the database, and not
     * in the session either (the session lives in the database, so a flash attribute would write it there). The
     * answer is not cached, and reloading it only offers to send the form again, which makes a second token.
     */
    @PostMapping("/settings/tokens")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            var issued = tokens.issue(user.id(), name);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("issued", issued);
            model.addAttribute("tokens", tokens.list(user.id()));
            return "settings/tokens";
        } catch (ValidationException e) {
            redirect.addFlashAttribute("nameError", e.errors().get(0).message());
            return "redirect:/settings/tokens";
        }
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, RedirectAttributes redirect) {
        try {
            tokens.revoke(user.id(), id);
            redirect.addFlashAttribute("revoked", true);
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("revokeError", true);
        }
        return "redirect:/settings/tokens";
    }
}
