package org.backroot.care;

import org.backroot.tracking.CheckInRecorded;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a person's alerts at once after a check-in: a red-flag symptom reported in it (safety re-ran in the same
 * transaction), or the check-in that ends a quiet spell. Raising is insert-if-absent on the occurrence, so a second
 * delivery of the event changes nothing (no {@code firstHandling} mark is needed).
 *
 * <p>It runs after the program has adapted the plan to the check-in (the calm switch, ordered first), so the alerts
 * read the phase the check-in led to. A failure propagates like any listener's: the event stays incomplete and is
 * delivered again (the program's listener is idempotent), and {@link CareAlertSweep} evaluates every linked person
 * again within a minute anyway. A logged practice raises nothing (it can only raise adherence); a red-flag screen
 * answered through the questionnaire is caught by the panel at once and by the sweep within a minute.
 */
@Component
class CareAlertListener {

    private final CareAlerts alerts;

    CareAlertListener(CareAlerts alerts) {
        this.alerts = alerts;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void checkInRecorded(CheckInRecorded event) {
        alerts.evaluate(event.userId());
    }
}
