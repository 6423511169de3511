package org.backroot.care;

import java.util.List;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinician's panel and alerts: {@code GET /api/v1/care/people}, {@code GET /api/v1/care/people/{id}/alerts},
 * {@code POST /api/v1/care/alerts/{personId}/{alertId}/acknowledge} {@code {"note"}}. Roles are checked by the
 * security rules, links by {@link CareAccess} (404 unless linked).
 */
@RestController
class CarePanelApiController {

    record AcknowledgeBody(String note) {
    }

    private final CarePanel panel;
    private final CareAlerts alerts;

    CarePanelApiController(CarePanel panel, CareAlerts alerts) {
        this.panel = panel;
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/care/people")
    List<PanelRow> people(@AuthenticationPrincipal CurrentUser clinician) {
        return panel.rows(clinician);
    }

    @GetMapping("/api/v1/care/people/{id}/alerts")
    List<PanelRow.AlertView> history(@AuthenticationPrincipal CurrentUser clinician, @PathVariable String id) {
        return alerts.history(clinician, id).stream().map(PanelRow.AlertView::of).toList();
    }

    @PostMapping("/api/v1/care/alerts/{personId}/{alertId}/acknowledge")
    PanelRow.AlertView acknowledge(@AuthenticationPrincipal CurrentUser clinician, @PathVariable String personId,
            @PathVariable String alertId, @RequestBody(required = false) AcknowledgeBody body) {
        return PanelRow.AlertView.of(alerts.acknowledge(clinician, personId, alertId, body == null ? null : body.note()));
    }
}
