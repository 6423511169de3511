package org.backroot.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backroot.account.domain.AccountUpdate;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code /settings} opens on {@code /settings/account}: the person's name, sign-in email and password, each in its own
 * small form (Post/Redirect/Get; a mistake is shown next to its field with status 400). {@code /account-deleted}
 * is the public page a person sees after deleting their account.
 */
@Controller
class AccountSettingsPagesController {

    static final String PAGE = "/settings/account";

    private final AccountService accounts;
    private final AccountSettingsService settings;
    private final SessionSignIn sessions;

    AccountSettingsPagesController(AccountService accounts, AccountSettingsService settings, SessionSignIn sessions) {
        this.accounts = accounts;
        this.settings = settings;
        this.sessions = sessions;
    }

    @GetMapping({"/settings", "/settings/"})
    String settings() {
        return "redirect:" + PAGE;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user, model, "", Map.of(), Map.of());
    }

    /** A plain GET on a form's address (a reload after a mistake) goes back to the page. */
    @GetMapping({PAGE + "/name", PAGE + "/email", PAGE + "/password"})
    String backToPage() {
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/name")
    String changeName(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String displayName, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return change(user, "name", () -> AccountUpdate.of(displayName, null, null, null), Map.of("displayName", displayName),
                model, request, response, redirect, c -> "Saved. We will call you " + c.account().displayName() + ".");
    }

    @PostMapping(PAGE + "/email")
    String changeEmail(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String currentPassword, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(user, "email", () -> AccountUpdate.of(null, email, null, currentPassword), Map.of("email", email),
                model, request, response, redirect, c -> c.emailChanged()
                        ? "Saved. Sign in with " + c.account().email().value() + " from now on." : "That is already your sign-in email.");
    }

    @PostMapping(PAGE + "/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(user, "password", () -> AccountUpdate.of(null, null, newPassword, currentPassword), Map.of(),
                model, request, response, redirect, AccountSettingsPagesController::passwordSaved);
    }

    @GetMapping("/account-deleted")
    String deleted() {
        return "account/deleted";
    }

    private String change(CurrentUser user, String form, java.util.function.Supplier<AccountUpdate> read, Map<String, String> values,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
            java.util.function.Function<AccountSettingsService.Changed, String> savedMessage) {
        AccountSettingsService.Changed changed;
        try {
            HttpSession session = request.getSession(false);
            var keep = new AccountSettingsService.Keep(session == null ? null : session.getId(), null);
            changed = settings.change(user.id(), read.get(), request.getRemoteAddr(), keep);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(user, model, form, values, e.messagesByField());
        }
        // The session now holds the new name and email, under a fresh id.
        sessions.signIn(changed.account().email().value(), request, response);
        redirect.addFlashAttribute("saved", savedMessage.apply(changed));
        redirect.addFlashAttribute("savedForm", form);
        return "redirect:" + PAGE;
    }

    static String passwordSaved(AccountSettingsService.Changed changed) {
        java.util.List<String> ended = new java.util.ArrayList<>();
        if (changed.endedSessions() > 0) {
            ended.add(changed.endedSessions() == 1 ? "1 other sign-in ended" : changed.endedSessions() + " other sign-ins ended");
        }
        if (changed.endedTokens() > 0) {
            ended.add(changed.endedTokens() == 1 ? "1 access token revoked" : changed.endedTokens() + " access tokens revoked");
        }
        return "Your password is changed. You are still signed in here"
                + (ended.isEmpty() ? "." : "; everywhere else you are signed out (" + String.join(", ", ended) + ").");
    }

    private String render(CurrentUser user, Model model, String form, Map<String, String> values, Map<String, String> errors) {
        var account = accounts.get(user.id());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("displayName", account.displayName());
        v.put("email", account.email().value());
        v.putAll(values);
        model.addAttribute("account", account);
        model.addAttribute("values", v);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "settings/account";
    }
}
