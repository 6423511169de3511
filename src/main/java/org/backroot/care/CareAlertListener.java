package org.backroot.care;

import org.backroot.tracking.CheckInRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Raises a person's alerts at once after a check-in: a red-flag symptom reported in it (safety re-ran in the same
 * transaction), or the check-in that ends a quiet spell. The event is durable ({@link org.backroot.shared.DurableEvents}):
 * a failure here propagates so it is delivered again, and a second delivery changes nothing because raising is
 * insert-if-absent on the occurrence (no {@code firstHandling} mark is needed). It runs after the program's own
 * listener, so a phase switch made by this check-in is already recorded. A logged practice raises nothing (it can
 * only raise adherence), and a red-flag screen answered through the questionnaire is caught by the sweep within a
 * minute and by the panel itself at once.
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
