package org.backroot.care;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts the messages link and its unread count in the layout's navigation (model attribute {@code messagesNav}), with
 * one query per page: for a person when a clinician takes their messages or one is unread, for a clinician always.
 */
@ControllerAdvice(annotations = Controller.class)
class CareMessagesNavAdvice {

    private final CareMessages messages;

    CareMessagesNavAdvice(CareMessages messages) {
        this.messages = messages;
    }

    @ModelAttribute("messagesNav")
    CareMessages.NavCount messagesNav(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        // @RestController is a @Controller too: skip the JSON API, where no page is rendered.
        if (user == null || request.getRequestURI().startsWith("/api/")) return null;
        CareMessages.NavCount nav = messages.nav(user);
        return nav.show() ? nav : null;
    }
}
