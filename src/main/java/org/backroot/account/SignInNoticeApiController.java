package org.backroot.account;

import org.backroot.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /api/v1/me/sign-in-notice}: the person has read about the wrong passwords tried on their account. */
@RestController
class SignInNoticeApiController {

    private final SignInGuard guard;

    SignInNoticeApiController(SignInGuard guard) {
        this.guard = guard;
    }

    /** 204 when a notice was dismissed; a problem+json 404 when there was none. */
    @DeleteMapping("/api/v1/me/sign-in-notice")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(@AuthenticationPrincipal CurrentUser user) {
        if (!guard.dismissNotice(user.id())) throw new NotFoundException("No sign-in notice to dismiss");
    }
}
