package org.backroot.care;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.backroot.account.CurrentUser;
import org.backroot.care.domain.PanelOrder;
import org.backroot.care.domain.Scope;
import org.backroot.insights.domain.Change;
import org.backroot.shared.NotFoundException;
import org.backroot.tracking.domain.PainTrend;
import org.springframework.stereotype.Service;

/**
 * A clinician's panel: every linked person with their summary and open alerts, what needs attention first. Each
 * person's row is read through {@link CareAccess#open}, so every panel view is one "panel" read in each person's access
 * log; the alerts are raised from the same reading, so a red flag shows at once.
 */
@Service
class CarePanel {

    private final CareAccess access;
    private final CareReadings readings;
    private final CareAlerts alerts;

    CarePanel(CareAccess access, CareReadings readings, CareAlerts alerts) {
        this.access = access;
        this.readings = readings;
        this.alerts = alerts;
    }

    List<PanelRow> rows(CurrentUser clinician) {
        List<PanelRow> rows = new ArrayList<>();
        List<PanelOrder.Entry> entries = new ArrayList<>();
        for (LinkedPerson linked : access.people(clinician.id())) {
            LinkedPerson person;
            try {
                person = access.open(clinician, linked.personId(), Scope.SUMMARY, "panel");
            } catch (NotFoundException revokedMeanwhile) {
                continue;
            }
            PersonReading reading = readings.read(person.personId());
            alerts.apply(person.personId(), reading);
            List<CareAlertRepository.StoredAlert> open = alerts.unacknowledged(person.personId(), clinician.id());
            PanelOrder.Entry entry = new PanelOrder.Entry(person.personId(), person.displayName(), reading.safety().state(),
                    open.stream().map(a -> new PanelOrder.Open(a.kind(), a.raisedAt(), a.ended())).toList());
            entries.add(entry);
            rows.add(row(person, reading, entry.attention(), open));
        }
        List<String> order = entries.stream().sorted(PanelOrder.comparator()).map(PanelOrder.Entry::personId).toList();
        rows.sort(Comparator.comparingInt(r -> order.indexOf(r.personId())));
        return rows;
    }

    private static PanelRow row(LinkedPerson person, PersonReading r, PanelOrder.Attention attention,
            List<CareAlertRepository.StoredAlert> open) {
        var s = r.safety();
        PainTrend p = r.painTrend();
        Change c = r.outcome();
        PanelRow.Outcome outcome = c == null ? null : new PanelRow.Outcome(r.outcomeInstrument(), c.label(), r.outcomeOn(), c.baseline(),
                c.latest(), c.delta(), c.rule().points(), c.rule().percent(), c.direction().name().toLowerCase(Locale.ROOT),
                c.meaningful(), c.sentence());
        List<PanelRow.AlertView> alertViews = open.stream()
                .sorted(Comparator.comparing(CareAlertRepository.StoredAlert::ended)
                        .thenComparing(a -> a.kind().severityRank()).thenComparing(CareAlertRepository.StoredAlert::raisedAt))
                .map(PanelRow.AlertView::of).toList();
        return new PanelRow(person.personId(), person.displayName(), person.since(),
                person.scopes().stream().sorted().map(Scope::jsonName).toList(), attention,
                new PanelRow.Safety(s.status(), s.headline(), s.clinicianCleared(), s.rescreenDue(), s.screenedAt()),
                new PanelRow.PhaseNow(r.phase().code(), r.phaseSince()), r.checkInDays(), r.signals().lastCheckIn(),
                new PanelRow.Adherence(r.adherence().planned(), r.adherence().done(), r.adherence().percent()),
                new PanelRow.Pain(p.recentMean(), p.recentDays(), p.previousMean(), p.previousDays(), p.change(),
                        p.direction().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                outcome, alertViews);
    }
}
