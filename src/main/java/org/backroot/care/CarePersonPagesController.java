package org.backroot.care;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /care/people/{id}}: a person's page for a linked clinician, on a tablet or a desktop. Read through the same
 * gate as the API (404 like a missing person otherwise); the diary shows only when the person shares it.
 */
@Controller
class CarePersonPagesController {

    private final CarePersonRecord record;

    CarePersonPagesController(CarePersonRecord record) {
        this.record = record;
    }

    @GetMapping("/care/people/{id}")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("rec", record.page(user, id));
        return "care/person";
    }
}
