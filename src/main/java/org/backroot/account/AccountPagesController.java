package org.backroot.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backroot.account.domain.PersonZone;
import org.backroot.account.domain.Registration;
import org.backroot.shared.ConflictException;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Sign-in and sign-up pages. A successful sign-up signs the person in and starts onboarding. */
@Controller
class AccountPagesController {

    private final AccountService accounts;
    private final SessionSignIn sessions;
    private final PasswordResetService passwordReset;

    AccountPagesController(AccountService accounts, SessionSignIn sessions, PasswordResetService passwordReset) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwordReset = passwordReset;
    }

    /** {@code ?wait=SECONDS[&locked]} after a sign-in refused for too many wrong passwords: say how long, plainly. */
    @GetMapping("/login")
    String login(@RequestParam(name = "wait", required = false) String wait, @RequestParam(name = "locked", required = false) String locked, Model model) {
        if (wait != null && wait.matches("\\d{1,6}")) {
            model.addAttribute("throttled", SignInThrottledException.explain(Long.parseLong(wait), locked != null));
        }
        model.addAttribute("passwordResetOffered", passwordReset.offered());
        return "account/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "account/register";
    }

    @PostMapping("/register")
    String register(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String timeZone, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            var account = accounts.register(Registration.of(email, password, displayName, browserZone(timeZone)));
            sessions.signIn(account.email().value(), request, response);
            return "redirect:/start";
        } catch (ValidationException e) {
            e.messagesByField().forEach(errors::putIfAbsent);
        } catch (ConflictException e) {
            errors.put("email", e.getMessage());
        }
        response.setStatus(400);
        model.addAttribute("values", Map.of("email", email, "displayName", displayName, "timeZone", browserZone(timeZone)));
        model.addAttribute("errors", errors);
        return "account/register";
    }

    /**
     * The zone the browser reported, or blank (UTC) when it is one Java does not know: the person never sees this
     * hidden field, so it must not block sign-up; they can pick their zone in Settings.
     */
    private static String browserZone(String reported) {
        try {
            return PersonZone.of(reported).text();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
