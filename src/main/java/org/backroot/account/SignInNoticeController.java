package org.backroot.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Tells a person, right after they sign in, about wrong passwords tried on their account since they last signed in
 * ({@code /sign-in-notice}; on the API it is part of {@code GET /api/v1/me} until {@code DELETE /api/v1/me/sign-in-notice}).
 */
@Controller
class SignInNoticeController {

    static final String PAGE = "/sign-in-notice";

    private final SignInGuard guard;

    SignInNoticeController(SignInGuard guard) {
        this.guard = guard;
    }

    @GetMapping(PAGE)
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        var notice = guard.noticeFor(user.id()).orElse(null);
        if (notice == null) return "redirect:/start";
        model.addAttribute("notice", notice);
        return "account/sign-in-notice";
    }

    @PostMapping(PAGE)
    String dismiss(@AuthenticationPrincipal CurrentUser user) {
        guard.dismissNotice(user.id());
        return "redirect:/start";
    }
}

