package org.backroot.account;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.backroot.account.domain.AccessEntry;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Who has seen my data" under Settings: the person's access log, newest first, 20 a page, times in their own zone. */
@Controller
class AccessLogPagesController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** One line as the page shows it. */
    record Line(String when, String isoAt, String who, String role, String what) {
    }

    private final AccessLogService accessLog;
    private final PersonalClock clock;

    AccessLogPagesController(AccessLogService accessLog, PersonalClock clock) {
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GetMapping("/settings/access-log")
    String page(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        AccessLogService.Page p;
        try {
            p = accessLog.page(user.id(), page, AccessLogService.DEFAULT_SIZE);
        } catch (ValidationException e) {
            return "redirect:/settings/access-log";
        }
        ZoneId zone = clock.zone(user.id());
        List<Line> lines = p.entries().stream().map(e -> line(e, zone)).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("page", p.page());
        model.addAttribute("hasMore", p.hasMore());
        model.addAttribute("zone", zone.getId());
        return "settings/access-log";
    }

    private static Line line(AccessEntry e, ZoneId zone) {
        return new Line(WHEN.format(e.at().atZone(zone)), e.at().toString(), e.who(), e.role(), e.description());
    }
}
