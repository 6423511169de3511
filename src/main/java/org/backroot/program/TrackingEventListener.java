package org.backroot.program;

import org.backroot.tracking.CheckInRecorded;
import org.backroot.tracking.PracticeLogged;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Listens to tracking: a recorded check-in runs the flare rules, a logged fear-ladder exposure moves
 * the ladder (see {@link PlanAdaptation}). The events are durable ({@link org.backroot.shared.DurableEvents}):
 * a failure here propagates, so the event stays incomplete and is delivered again later; both handlers
 * change nothing on a second delivery (the phase switch is recorded once per day and direction, an entry
 * reaches the ladder once).
 */
@Component
class TrackingEventListener {

    private final PlanAdaptation adaptation;

    TrackingEventListener(PlanAdaptation adaptation) {
        this.adaptation = adaptation;
    }

    /** First among the check-in's listeners: others (the care team's alerts) read the phase this may change. */
    @EventListener
    @Order(0)
    void checkInRecorded(CheckInRecorded event) {
        // Only today's and yesterday's check-ins can change the phase; back-filled days need no database work at all.
        if (!adaptation.concerns(event.userId(), event.date())) return;
        adaptation.checkInRecorded(event.userId(), event.date());
    }

    @EventListener
    void practiceLogged(PracticeLogged event) {
        adaptation.practiceLogged(event.userId(), event.practiceId());
    }
}
