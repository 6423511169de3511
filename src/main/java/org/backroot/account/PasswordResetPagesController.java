package org.backroot.account;

import java.util.Map;

import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /password/forgot} asks for a reset link by email; {@code /password/reset/{token}} sets the new password.
 * Both answer 404 while mail is not configured (the login page then says to ask the administrator).
 */
@Controller
class PasswordResetPagesController {

    private final PasswordResetService resets;

    PasswordResetPagesController(PasswordResetService resets) {
        this.resets = resets;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        if (!resets.offered()) throw new org.backroot.shared.NotFoundException("Password reset by email is not set up here");
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "account/forgot-password";
    }

    @PostMapping("/password/forgot")
    String ask(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            var asked = resets.ask(email, request.getRemoteAddr());
            if (asked.throttled()) {
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(Math.max(1, asked.waitFor().toSeconds())));
                model.addAttribute("values", Map.of("email", email));
                model.addAttribute("errors", Map.of());
                model.addAttribute("wait", waitText(asked.waitFor().toSeconds()));
                return "account/forgot-password";
            }
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("values", Map.of("email", email));
            model.addAttribute("errors", e.messagesByField());
            return "account/forgot-password";
        }
        return "redirect:/password/forgot/sent";
    }

    @GetMapping("/password/forgot/sent")
    String sent(Model model) {
        if (!resets.offered()) throw new org.backroot.shared.NotFoundException("Password reset by email is not set up here");
        model.addAttribute("sent", true);
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "account/forgot-password";
    }

    @GetMapping(PasswordResetService.PATH + "{token}")
    String resetForm(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!resets.usable(token)) return gone(model, response);
        model.addAttribute("token", token);
        model.addAttribute("errors", Map.of());
        return "account/reset-password";
    }

    @PostMapping(PasswordResetService.PATH + "{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String newPassword, Model model, HttpServletResponse response) {
        try {
            if (!resets.reset(token, newPassword)) return gone(model, response);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("token", token);
            model.addAttribute("errors", e.messagesByField());
            return "account/reset-password";
        }
        return "redirect:/login?reset";
    }

    private static String gone(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("gone", true);
        model.addAttribute("errors", Map.of());
        return "account/reset-password";
    }

    static String waitText(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return "You have asked for several links in a row. Please wait " + (minutes == 1 ? "1 minute" : minutes + " minutes")
                + " before you ask again, and check your inbox and spam folder for the links already sent.";
    }
}
