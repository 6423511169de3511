package org.backroot.care;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.program.PlanAdjustmentJson;
import org.backroot.safety.ClinicianClearanceJson;
import org.backroot.safety.SafetyService.RestrictionInput;
import org.backroot.safety.SafetyView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A clinician with the {@code adjust} scope changes the plan ({@code PUT /api/v1/care/people/{id}/plan-adjustments},
 * a new version each time) and records a structured clearance ({@code POST /api/v1/care/people/{id}/clearance});
 * {@code GET .../plan-adjustments} lists the versions (summary scope). Without the link or the scope: 404.
 */
@RestController
class CareAdjustApiController {

    record AdjustmentBody(Integer maxLevel, List<String> excludeActivities, List<String> includeActivities, Boolean pauseExposure,
                          Integer minutesPerDay, String note) {
    }

    record SavedJson(int version, String clinicianName, Instant adjustedAt, boolean planRemade, List<String> changes) {
    }

    record ClearanceBody(String assessedOn, List<String> ruledOut, List<RestrictionInput> restrictions, String note) {
    }

    record ClearedJson(String status, boolean programAllowed, boolean clinicianCleared, List<String> restrictions,
                       ClinicianClearanceJson clearance) {
    }

    private final CareAdjustments care;
    private final org.backroot.safety.SafetyService safety;

    CareAdjustApiController(CareAdjustments care, org.backroot.safety.SafetyService safety) {
        this.care = care;
        this.safety = safety;
    }

    @PutMapping("/api/v1/care/people/{id}/plan-adjustments")
    SavedJson adjust(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestBody(required = false) AdjustmentBody body) {
        AdjustmentBody b = body == null ? new AdjustmentBody(null, null, null, null, null, null) : body;
        var saved = care.adjust(user, id, new CareAdjustments.AdjustmentInput(b.maxLevel(), b.excludeActivities(), b.includeActivities(),
                b.pauseExposure(), b.minutesPerDay(), b.note()));
        return new SavedJson(saved.version().version(), saved.version().clinicianName(), saved.version().adjustedAt(), saved.planRemade(),
                saved.changes());
    }

    @GetMapping("/api/v1/care/people/{id}/plan-adjustments")
    List<PlanAdjustmentJson> adjustments(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return care.adjustmentHistory(user, id).stream().map(PlanAdjustmentJson::of).toList();
    }

    @PostMapping("/api/v1/care/people/{id}/clearance")
    ResponseEntity<ClearedJson> clear(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                                      @RequestBody(required = false) ClearanceBody body) {
        ClearanceBody b = body == null ? new ClearanceBody(null, null, null, null) : body;
        SafetyView status = care.clear(user, id, new CareAdjustments.ClearanceInput(b.assessedOn(), b.ruledOut(), b.restrictions(), b.note()));
        ClinicianClearanceJson clearance = ClinicianClearanceJson.of(safety.clinicianClearanceViews(id).get(0));
        return ResponseEntity.created(URI.create("/api/v1/care/people/" + id + "/clearance"))
                .body(new ClearedJson(status.status(), status.programAllowed(), status.clinicianCleared(),
                        status.restrictions().stream().map(r -> r.jsonName()).sorted().toList(), clearance));
    }
}
