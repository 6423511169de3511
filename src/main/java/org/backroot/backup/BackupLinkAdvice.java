package org.backroot.backup;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Shows administrators the way to the backup page from Settings. */
@ControllerAdvice(annotations = Controller.class)
class BackupLinkAdvice {

    @ModelAttribute("adminBackupsLink")
    boolean adminBackupsLink(Principal principal) {
        return principal instanceof Authentication auth
                && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
