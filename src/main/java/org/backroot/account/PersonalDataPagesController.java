package org.backroot.account;

import org.backroot.web.domain.ValidationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** {@code /settings/data}: download everything, or delete the account after typing the email to confirm. */
@Controller
class PersonalDataPagesController {

    private final PersonalDataService personalData;

    PersonalDataPagesController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/settings/data")
    String page() {
        return "settings/data";
    }

    @GetMapping("/settings/data/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("backroot-export.zip").build().toString())
                .body(personalData.exportZip(user.id()));
    }

    @PostMapping("/settings/data/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String confirmEmail,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            personalData.delete(user.id(), confirmEmail);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("confirmError", e.errors().get(0).message());
            return "settings/data";
        }
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
        SecurityContextHolder.clearContext();
        return "redirect:/account-deleted";
    }
}
