package org.backroot.care;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.backroot.account.AuditLog;
import org.backroot.account.CurrentUser;
import org.backroot.care.domain.AlertLedger;
import org.backroot.care.domain.AlertRules;
import org.backroot.care.domain.Scope;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's alerts for their care team: raised from their signals by {@link AlertRules}, stored once per occurrence
 * ({@link AlertLedger}), acknowledged by each clinician with a note, and kept as history.
 */
@Service
public class CareAlerts {

    /** Audit action: a clinician acknowledged an alert (detail: the alert's id). */
    public static final String ACKNOWLEDGED = "care.alert-acknowledged";
    static final int MAX_NOTE = 500;

    private final CareAlertRepository alerts;
    private final CareReadings readings;
    private final CareAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CareAlerts(CareAlertRepository alerts, CareReadings readings, CareAccess access, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.alerts = alerts;
        this.readings = readings;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Reads the person's signals and raises or ends their alerts; nothing for a person nobody has in their care. */
    public void evaluate(String personId) {
        if (!alerts.linked(personId)) return;
        apply(personId, readings.read(personId));
    }

    /**
     * Raises the alerts that hold by this reading and ends those that no longer do. Idempotent: a second call with the
     * same reading changes nothing, and two instances raising the same occurrence at once store it once.
     *
     * @return the changes made (or found made by someone else meanwhile)
     */
    AlertLedger.Changes apply(String personId, PersonReading reading) {
        AlertLedger.Changes changes = AlertLedger.changes(alerts.ledger(personId), AlertRules.holding(reading.signals()));
        if (changes.none()) return changes;
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            for (AlertLedger.Raise raise : changes.raise()) alerts.insertIfAbsent(personId, Ids.newId(), raise, now);
            for (String id : changes.end()) alerts.end(personId, id, now);
        });
        return changes;
    }

    /** Every alert of a linked person, newest first, with this clinician's acknowledgements; the read is in their log. */
    @Transactional
    public List<CareAlertRepository.StoredAlert> history(CurrentUser clinician, String personId) {
        access.open(clinician, personId, Scope.SUMMARY, "alerts");
        return alerts.history(personId, clinician.id());
    }

    /** The alerts this clinician has not acknowledged, oldest first (the caller has opened the person). */
    List<CareAlertRepository.StoredAlert> unacknowledged(String personId, String clinicianId) {
        return alerts.unacknowledged(personId, clinicianId);
    }

    /**
     * The clinician acknowledges an alert with a note; it leaves the top of their panel and stays in the history.
     * Acknowledging again keeps the first note.
     *
     * @throws NotFoundException   unless the clinician is linked to the person and the alert is theirs
     * @throws ValidationException on {@code note} when longer than {@value #MAX_NOTE} characters
     */
    @Transactional
    public CareAlertRepository.StoredAlert acknowledge(CurrentUser clinician, String personId, String alertId, String note) {
        access.linked(clinician, personId, Scope.SUMMARY);
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) throw new ValidationException("note", "must be at most " + MAX_NOTE + " characters, was " + text.length());
        if (alerts.find(personId, alertId, clinician.id()).isEmpty()) throw new NotFoundException("No such alert");
        if (alerts.acknowledge(personId, alertId, clinician.id(), text, clock.instant())) {
            audit.record(clinician.id(), personId, ACKNOWLEDGED, alertId);
        }
        return alerts.find(personId, alertId, clinician.id()).orElseThrow();
    }
}
