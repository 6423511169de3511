package org.backroot.program;

import org.backroot.tracking.CheckInRecorded;
import org.backroot.tracking.PracticeLogged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens to tracking: a recorded check-in runs the flare rules, a logged fear-ladder exposure moves
 * the ladder (see {@link PlanAdaptation}). Tracking publishes after its write is durable, so a
 * failure here never loses what the person logged; it is logged and the next check-in tries again.
 */
@Component
class TrackingEventListener {

    private static final Logger log = LoggerFactory.getLogger(TrackingEventListener.class);

    private final PlanAdaptation adaptation;
    private final ProgramTracking tracking;

    TrackingEventListener(PlanAdaptation adaptation, ProgramTracking tracking) {
        this.adaptation = adaptation;
        this.tracking = tracking;
    }

    @EventListener
    void checkInRecorded(CheckInRecorded event) {
        // Only today's and yesterday's check-ins can change the phase; back-filled days need no database work at all.
        if (!adaptation.concerns(event.userId(), event.date())) return;
        try {
            adaptation.checkInRecorded(event.userId(), event.date());
        } catch (RuntimeException e) {
            log.error("Could not adapt the plan after a check-in", e);
        }
    }

    @EventListener
    void practiceLogged(PracticeLogged event) {
        try {
            tracking.latestExposure(event.userId(), event.date(), event.activityId()).ifPresent(e ->
                    adaptation.exposureLogged(event.userId(), e.date(), e.activityId(), e.fearLadderItemId(), e.expectedPain(),
                            e.actualPain(), e.painDuring(), e.fearBefore(), e.fearAfter()));
        } catch (RuntimeException e) {
            log.error("Could not update the fear ladder after a practice entry", e);
        }
    }
}
