package org.backroot.account;

import java.time.Instant;
import java.util.List;

import org.backroot.account.domain.AccessEntry;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me/access-log?page=0&size=20}: who else has read or changed the caller's data, newest first
 * (who, their role, what, when). 400 naming {@code page} or {@code size} when out of range.
 */
@RestController
class AccessLogApiController {

    record Who(String displayName, String role) {
    }

    record EntryJson(Instant at, Who who, String action, String part, String description) {
        static EntryJson of(AccessEntry e) {
            return new EntryJson(e.at(), new Who(e.who(), e.role()), e.action(), e.part(), e.description());
        }
    }

    record PageJson(List<EntryJson> entries, int page, int size, boolean hasMore) {
    }

    private final AccessLogService accessLog;

    AccessLogApiController(AccessLogService accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/api/v1/me/access-log")
    PageJson accessLog(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        AccessLogService.Page p = accessLog.page(user.id(), page, size);
        return new PageJson(p.entries().stream().map(EntryJson::of).toList(), p.page(), p.size(), p.hasMore());
    }
}
