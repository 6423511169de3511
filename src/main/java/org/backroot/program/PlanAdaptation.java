package org.backroot.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backroot.account.PersonalClock;
import org.backroot.program.domain.ExposureLog;
import org.backroot.program.domain.CalmRules;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;
import org.backroot.program.domain.PlanItem;
import org.backroot.program.domain.PlanItemKind;
import org.backroot.safety.SafetyService;
import org.backroot.shared.DurableEvents;
import org.backroot.tracking.domain.PracticeEntry;
import org.backroot.tracking.domain.FlareEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the plan responds to what the person logs.
 * <ul>
 *   <li><b>Check-in or answer to "Is this a flare?"</b> (today's or yesterday's): {@link CalmRules#check} with
 *       the last 60 days of check-ins and answers. A flare by tracking's one definition switches to calm; calm
 *       ends after 2 settled days or at the latest after 14 days, and the plan resumes the phase from before at
 *       the same levels (a taper week eases loaded movement and exposure only). Each switch is recorded with its
 *       cause and the plan is regenerated from today.</li>
 *   <li><b>Exposure</b> (a practice entry for a fear-ladder step with expected and actual pain): the
 *       ladder item counts a success when the pain was no worse than expected and keeps the fear
 *       after; the exposure is kept for the "things done" list.</li>
 * </ul>
 * <ul>
 *   <li><b>A change to the fear ladder</b> (see {@link FearLadderChanged}): when the plan's days from today on do not
 *       try the ladder's current step, the plan is made again from today ({@link PlanService#followLadder}), so an item
 *       added after the first plan reaches Today and the week at once instead of a week later.</li>
 * </ul>
 * Nothing happens for someone without a plan yet, or while safety does not allow a program.
 */
@Component
class PlanAdaptation {

    private static final Logger log = LoggerFactory.getLogger(PlanAdaptation.class);
    static final int CHECKIN_DAYS = 60;

    private final PlanService plans;
    private final FearLadderService fearLadder;
    private final ProgramTracking tracking;
    private final SafetyService safety;
    private final PersonalClock personalClock;
    private final CalmRules rules;
    private final DurableEvents events;

    PlanAdaptation(PlanService plans, FearLadderService fearLadder, ProgramTracking tracking, SafetyService safety, CalmRules rules,
            PersonalClock personalClock, DurableEvents events) {
        this.events = events;
        this.rules = rules;
        this.plans = plans;
        this.fearLadder = fearLadder;
        this.tracking = tracking;
        this.safety = safety;
        this.personalClock = personalClock;
    }

    /** Runs inside the ladder change's transaction: the change and the plan that follows it commit together. */
    @EventListener
    void fearLadderChanged(FearLadderChanged event) {
        if (plans.followLadder(event.userId())) log.info("Plan made again to follow a fear-ladder change");
    }

    /** Whether a check-in on this day can switch the phase: only the person's today's and yesterday's can. */
    boolean concerns(String userId, LocalDate date) {
        LocalDate today = personalClock.today(userId);
        return date != null && !date.isAfter(today) && !date.isBefore(today.minusDays(1));
    }

    /** Runs the flare rules for a check-in on {@code date}; returns the switch made, if any. */
    @Transactional
    public Optional<PhaseChange> checkInRecorded(String userId, LocalDate date) {
        if (!concerns(userId, date)) return Optional.empty();
        if (!plans.hasPlan(userId) || !safety.status(userId).programAllowed()) return Optional.empty();
        Phase phase = plans.phase(userId);
        PhaseChange enteredCalm = phase != Phase.CALM ? null
                : plans.lastPhaseChange(userId).map(StoredPhaseChange::change).filter(c -> c.to() == Phase.CALM).orElse(null);
        List<FlareEvidence> days = tracking.flareEvidence(userId, CHECKIN_DAYS);
        Optional<PhaseChange> change = rules.check(phase, enteredCalm, days, date);
        if (change.isEmpty() || !plans.switchPhase(userId, change.get())) return Optional.empty(); // already made: a replay
        log.info("Phase change for a person: {} -> {}", change.get().from().code(), change.get().to().code());
        plans.regenerate(userId);
        return change;
    }

    /**
     * Passes a logged practice entry that is an exposure to the fear ladder, once: a second delivery of the same
     * entry changes nothing.
     */
    @Transactional
    public Optional<FearLadderService.ExposureStep> practiceLogged(String userId, String practiceId) {
        Optional<PracticeEntry> entry = tracking.exposureEntry(userId, practiceId);
        if (entry.isEmpty() || !events.firstHandling(userId, "program.exposure", practiceId)) return Optional.empty();
        PracticeEntry e = entry.get();
        return exposureLogged(userId, e.date(), e.activityId(), e.fearLadderItemId(), e.expectedPain(), e.actualPain(), e.painDuring(),
                e.fearBefore(), e.fearAfter());
    }

    /**
     * Passes a logged exposure to the fear ladder. The item is the given one, or the exposure step of the current
     * plan with this activity. Its answers join the step waiting for that item; whatever is missing (the harm
     * prediction, what happened, fear after) is asked again on Today and the fear-ladder page, never defaulted.
     */
    @Transactional
    public Optional<FearLadderService.ExposureStep> exposureLogged(String userId, LocalDate date, String activityId, String itemId,
                                                                   Integer expectedPain, Integer actualPain, Integer painDuring,
                                                                   Integer fearBefore, Integer fearAfter) {
        if (!safety.status(userId).programAllowed()) return Optional.empty();
        String id = itemId != null ? itemId : exposureItemFor(userId, date, activityId).orElse(null);
        if (id == null || fearLadder.ladderOf(userId).item(id).isEmpty()) return Optional.empty();
        Integer actual = actualPain != null ? actualPain : painDuring;
        return Optional.of(fearLadder.fromPracticeLog(userId, date, id, expectedPain, actual, fearBefore, fearAfter));
    }

    private Optional<String> exposureItemFor(String userId, LocalDate date, String activityId) {
        if (activityId == null) return Optional.empty();
        return plans.currentUnchecked(userId).flatMap(p -> p.plan().days().stream()
                .flatMap(d -> d.items().stream())
                .filter(i -> i.kind() == PlanItemKind.EXPOSURE && i.fearLadderItemId() != null)
                .filter(i -> activityId.equals(i.activityId()) || (i.activityId() == null && ProgramActivityCatalog.FEAR_LADDER_STEP.equals(activityId)))
                .map(PlanItem::fearLadderItemId).findFirst());
    }
}
