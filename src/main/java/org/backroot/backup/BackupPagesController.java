package org.backroot.backup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's backup page under Settings: the backups in the folder and a button for one more. */
@Controller
class BackupPagesController {

    private final BackupService backups;

    BackupPagesController(BackupService backups) {
        this.backups = backups;
    }

    @GetMapping("/settings/backups")
    String page(Model model) {
        model.addAttribute("available", backups.available());
        model.addAttribute("directory", backups.directory().toString());
        model.addAttribute("backups", backups.available() ? backups.list() : java.util.List.of());
        return "settings/backups";
    }

    @PostMapping("/settings/backups")
    String create(RedirectAttributes redirect) {
        if (!backups.available()) return "redirect:/settings/backups";
        // Only a String in the flash: it is kept in the database-backed session, which stores serializable values.
        redirect.addFlashAttribute("made", backups.create().name());
        return "redirect:/settings/backups";
    }
}
