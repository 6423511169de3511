package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.safety.domain.Reason;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/safety} and the clinician-assessment confirmation that unlocks a paused program. */
@RestController
class SafetyApiController {

    record ReasonView(String item, String condition, String outcome, String message) {
        static ReasonView of(Reason r) {
            return new ReasonView(r.linkId(), r.condition().jsonName(), r.outcome().jsonName(), r.message());
        }
    }

    record SafetyResponse(String status, boolean programAllowed, boolean clinicianCleared, String instructions,
                          List<ReasonView> reasons, Instant screenedAt) {
        static SafetyResponse of(SafetyView v) {
            return new SafetyResponse(v.status(), v.programAllowed(), v.clinicianCleared(), v.instructions(),
                    v.reasons().stream().map(ReasonView::of).toList(), v.screenedAt());
        }
    }

    record ClinicianAssessment(LocalDate assessedOn, String note) {
    }

    private final SafetyService safety;

    SafetyApiController(SafetyService safety) {
        this.safety = safety;
    }

    @GetMapping("/api/v1/safety")
    SafetyResponse status(@AuthenticationPrincipal CurrentUser user) {
        return SafetyResponse.of(safety.status(user.id()));
    }

    @PostMapping("/api/v1/safety/clinician-assessment")
    SafetyResponse confirm(@AuthenticationPrincipal CurrentUser user, @RequestBody ClinicianAssessment body) {
        return SafetyResponse.of(safety.confirmClinicianAssessment(user.id(), body.assessedOn(), body.note()));
    }
}
