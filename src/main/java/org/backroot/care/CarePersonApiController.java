package org.backroot.care;

import org.backroot.account.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A linked clinician reads a person's record: {@code GET /api/v1/care/people/{id}} (overview) and its parts
 * {@code /profile}, {@code /plan}, {@code /safety}, {@code /outcomes} (scope summary), {@code /checkins} (scope diary)
 * and {@code /report.pdf}. Anything but a linked clinician with the scope answers 404, as for a person who does not exist.
 */
@RestController
class CarePersonApiController {

    private final CarePersonRecord record;

    CarePersonApiController(CarePersonRecord record) {
        this.record = record;
    }

    @GetMapping("/api/v1/care/people/{id}")
    CarePersonRecord.Overview overview(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return record.overview(user, id);
    }

    @GetMapping("/api/v1/care/people/{id}/profile")
    CarePersonRecord.ProfilePart profile(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return record.profile(user, id);
    }

    @GetMapping("/api/v1/care/people/{id}/plan")
    CarePersonRecord.PlanPart plan(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return record.plan(user, id);
    }

    @GetMapping("/api/v1/care/people/{id}/safety")
    CarePersonRecord.SafetyPart safety(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return record.safety(user, id);
    }

    @GetMapping("/api/v1/care/people/{id}/outcomes")
    CarePersonRecord.OutcomesPart outcomes(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return record.outcomes(user, id);
    }

    @GetMapping("/api/v1/care/people/{id}/checkins")
    CarePersonRecord.CheckInsPart checkIns(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return record.checkIns(user, id, from, to);
    }

    @GetMapping({"/api/v1/care/people/{id}/report.pdf", "/care/people/{id}/report.pdf"})
    ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("backroot-clinician-summary.pdf").build().toString())
                .body(record.report(user, id));
    }
}
