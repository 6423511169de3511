package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.safety.RescreenSignal.RescreenReason;
import org.backroot.safety.domain.Reason;
import org.backroot.safety.domain.Restriction;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/safety}, the clinician-assessment confirmation that unlocks a paused program, and the
 * "I answered this by mistake" correction.
 */
@RestController
class SafetyApiController {

    record ReasonView(String item, String condition, String outcome, String message, boolean callToday) {
        static ReasonView of(Reason r) {
            return new ReasonView(r.linkId(), r.condition().jsonName(), r.outcome().jsonName(), r.message(), r.callToday());
        }
    }

    record SafetyResponse(String status, boolean programAllowed, boolean clinicianCleared, String instructions,
                          List<ReasonView> reasons, Instant screenedAt, List<String> restrictions, boolean rescreenDue,
                          List<RescreenReason> rescreenReasons, List<String> correctableItems, List<SafetyView.CorrectionView> corrections) {
        static SafetyResponse of(SafetyView v) {
            return new SafetyResponse(v.status(), v.programAllowed(), v.clinicianCleared(), v.instructions(),
                    v.reasons().stream().map(ReasonView::of).toList(), v.screenedAt(),
                    v.restrictions().stream().map(Restriction::jsonName).sorted().toList(), v.rescreenDue(), v.rescreen(),
                    v.correctableItems(), v.corrections());
        }
    }

    record ClinicianAssessment(LocalDate assessedOn, String note) {
    }

    record MistakeCorrection(String item, String note) {
    }

    private final SafetyService safety;

    SafetyApiController(SafetyService safety) {
        this.safety = safety;
    }

    @GetMapping("/api/v1/safety")
    SafetyResponse status(@AuthenticationPrincipal CurrentUser user) {
        return SafetyResponse.of(safety.statusWithRescreen(user.id()));
    }

    /** The clearances clinicians on the person's care team recorded, newest first: who, when, what they ruled out and held back. */
    @GetMapping("/api/v1/safety/clinician-clearances")
    List<ClinicianClearanceJson> clinicianClearances(@AuthenticationPrincipal CurrentUser user) {
        return safety.clinicianClearanceViews(user.id()).stream().map(ClinicianClearanceJson::of).toList();
    }

    @PostMapping("/api/v1/safety/clinician-assessment")
    SafetyResponse confirm(@AuthenticationPrincipal CurrentUser user, @RequestBody ClinicianAssessment body) {
        return SafetyResponse.of(safety.confirmClinicianAssessment(user.id(), body.assessedOn(), body.note()));
    }

    @PostMapping("/api/v1/safety/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    SafetyResponse correct(@AuthenticationPrincipal CurrentUser user, @RequestBody MistakeCorrection body) {
        return SafetyResponse.of(safety.correctMistake(user.id(), body.item(), body.note()));
    }
}
