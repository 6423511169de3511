package org.backroot.care;

import org.backroot.tracking.CheckInRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises a person's alerts at once after a check-in: a red-flag symptom reported in it (safety re-ran in the same
 * transaction), or the check-in that ends a quiet spell. Raising is insert-if-absent on the occurrence, so a second
 * delivery of the event changes nothing (no {@code firstHandling} mark is needed).
 *
 * <p>Unlike most listeners of a {@link org.backroot.shared.DurableEvent}, a failure here is logged, not propagated:
 * propagating would stop the listeners after this one (the program's calm switch among them) until the event's next
 * delivery, and nothing is lost by not propagating, because {@link CareAlertSweep} evaluates every linked person again
 * within a minute. A logged practice raises nothing (it can only raise adherence); a red-flag screen answered through
 * the questionnaire is caught by the panel at once and by the sweep within a minute.
 */
@Component
class CareAlertListener {

    private static final Logger log = LoggerFactory.getLogger(CareAlertListener.class);

    private final CareAlerts alerts;

    CareAlertListener(CareAlerts alerts) {
        this.alerts = alerts;
    }

    @EventListener
    void checkInRecorded(CheckInRecorded event) {
        try {
            alerts.evaluate(event.userId());
        } catch (RuntimeException e) { // the sweep raises them within a minute
            log.warn("Could not raise care alerts after a check-in; the sweep will", e);
        }
    }
}
