package org.backroot.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backroot.account.AboutYouService;
import org.backroot.account.PersonalClock;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.profile.ProfileService;
import org.backroot.profile.domain.FactorLoad;
import org.backroot.profile.domain.Profile;
import org.backroot.profile.domain.SourceRegion;
import org.backroot.program.domain.Activity;
import org.backroot.program.domain.PlanDay;
import org.backroot.program.domain.PlanItem;
import org.backroot.program.domain.PlanItemKind;
import org.backroot.program.domain.ExposureTheme;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.CalmRules;
import org.backroot.program.domain.MaintainGate;
import org.backroot.program.domain.PainMonitoringRules;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;
import org.backroot.program.domain.PlanCautions;
import org.backroot.program.domain.PlanDecision;
import org.backroot.program.domain.PlanGenerator;
import org.backroot.program.domain.PlanHistory;
import org.backroot.program.domain.PlanProfile;
import org.backroot.program.domain.PlanProgression;
import org.backroot.program.domain.PlanSource;
import org.backroot.program.domain.SafetyHolds;
import org.backroot.program.domain.PlanAdjustment;
import org.backroot.program.domain.PlanAdjustmentVersion;
import org.backroot.program.domain.Preferences;
import org.backroot.program.domain.WeeklyPlan;
import org.backroot.safety.SafetyService;
import org.backroot.safety.domain.Restriction;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.shared.Timestamps;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's plan: their time preferences, the current phase (build until something changes it),
 * and weekly plans generated from the profile, the phase, the history of level shifts and the fear
 * ladder. Generating a plan after a finished week first takes the weekly progression decision
 * (progress, hold or regress some activities) and records it with its reasons; a change of phase is
 * recorded with its cause. Every public call requires that safety allows a program (409 otherwise).
 */
@Service
public class PlanService {

    /** Used when someone asks for a plan before saying how much time they have. */
    public static final Preferences DEFAULT_PREFERENCES = new Preferences(15, 5);
    /** Days after the last factor checks when the person is asked to reassess. */
    public static final int REASSESS_DAYS = 28;
    private static final int PLANS_LOOKED_AT = 12;

    private final PlanRepository plans;
    private final PlanAdjustmentRepository adjustments;
    private final PhaseChangeRepository phases;
    private final FearLadderService fearLadder;
    private final ProfileService profiles;
    private final AssessmentService assessments;
    private final SafetyService safety;
    private final ActivityLibrary library;
    private final ProgramTracking tracking;
    private final Clock clock;
    private final PersonalClock personalClock;
    private final AboutYouService aboutYou;
    private final PainMonitoringRules rules;
    private final CalmRules calm;
    private final org.springframework.beans.factory.ObjectProvider<ProgramOutcomes> outcomes;

    PlanService(PlanRepository plans, PlanAdjustmentRepository adjustments, PhaseChangeRepository phases, FearLadderService fearLadder, ProfileService profiles,
                AssessmentService assessments, SafetyService safety, ActivityLibrary library, ProgramTracking tracking,
                PainMonitoringRules rules, CalmRules calm, org.springframework.beans.factory.ObjectProvider<ProgramOutcomes> outcomes,
                Clock clock, PersonalClock personalClock, AboutYouService aboutYou) {
        this.aboutYou = aboutYou;
        this.adjustments = adjustments;
        this.rules = rules;
        this.calm = calm;
        this.outcomes = outcomes;
        this.plans = plans;
        this.phases = phases;
        this.fearLadder = fearLadder;
        this.profiles = profiles;
        this.assessments = assessments;
        this.safety = safety;
        this.library = library;
        this.tracking = tracking;
        this.clock = clock;
        this.personalClock = personalClock;
    }

    // ---- preferences -------------------------------------------------------------------------------

    /** The saved preferences, empty before the person has given any. */
    public Optional<Preferences> preferences(String userId) {
        safety.requireProgramAllowed(userId);
        return plans.preferences(userId);
    }

    /** Validates and saves; 400 naming minutesPerDay and/or daysPerWeek. Does not regenerate the plan. */
    @Transactional
    public Preferences savePreferences(String userId, Integer minutesPerDay, Integer daysPerWeek) {
        safety.requireProgramAllowed(userId);
        Preferences p = validPreferences(minutesPerDay, daysPerWeek);
        plans.savePreferences(userId, p, clock.instant());
        return p;
    }

    static Preferences validPreferences(Integer minutesPerDay, Integer daysPerWeek) {
        List<FieldError> errors = new ArrayList<>();
        if (minutesPerDay == null || minutesPerDay < Preferences.MIN_MINUTES || minutesPerDay > Preferences.MAX_MINUTES) {
            errors.add(new FieldError("minutesPerDay", "must be a whole number of minutes from 5 to 60"));
        }
        if (daysPerWeek == null || daysPerWeek < 1 || daysPerWeek > 7) {
            errors.add(new FieldError("daysPerWeek", "must be a whole number of days from 1 to 7"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors, Map.of("minutesPerDay", "Minutes a day", "daysPerWeek", "Days a week"));
        return new Preferences(minutesPerDay, daysPerWeek);
    }

    // ---- plans -------------------------------------------------------------------------------------

    /**
     * Generates a new plan starting today and makes it the current one. When the current plan's
     * week is over, the weekly progression decision is taken first (see {@link PlanProgression}).
     */
    @Transactional
    public StoredPlan generate(String userId) {
        safety.requireProgramAllowed(userId);
        return generateUnchecked(userId, true);
    }

    /** The current (newest) plan, empty before the first one. */
    public Optional<StoredPlan> current(String userId) {
        safety.requireProgramAllowed(userId);
        Set<String> heldBack = heldBack(userId);
        return plans.latestPlan(userId).map(p -> p.without(heldBack));
    }

    /**
     * Activities held back for safety while the program runs: each restriction in force (loaded bending while possible
     * fragile-bone fracture signs wait for a clinician's check, or what a clinician restricted for a time) leaves out
     * the activities {@link SafetyHolds} names. A plan made before the restriction shows without them until the next
     * plan, which is made without them.
     */
    private Set<String> heldBack(String userId) {
        Set<Restriction> restrictions = safety.status(userId).restrictions();
        if (restrictions.isEmpty()) return Set.of();
        return library.all().stream().filter(a -> SafetyHolds.holdsBack(restrictions, a)).map(Activity::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private ActivityLibrary availableLibrary(String userId) {
        Set<String> heldBack = heldBack(userId);
        return heldBack.isEmpty() ? library : library.without(a -> heldBack.contains(a.id()));
    }

    /**
     * For each day from {@code from} to {@code to}, the plan day that was in force: the day of the newest plan
     * whose week covers it (a plan made mid-week in a flare replaces the rest of the earlier week).
     */
    public java.util.NavigableMap<LocalDate, PlanDay> daysInForce(String userId, LocalDate from, LocalDate to) {
        safety.requireProgramAllowed(userId);
        java.util.NavigableMap<LocalDate, PlanDay> days = new java.util.TreeMap<>();
        for (StoredPlan plan : plans.plansStartingBetween(userId, from.minusDays(6), to)) { // newest first
            for (PlanDay day : plan.plan().days()) {
                if (!day.date().isBefore(from) && !day.date().isAfter(to)) days.putIfAbsent(day.date(), day);
            }
        }
        return days;
    }

    /**
     * The items {@code date} had under plans made before the current one (newest first), such as the plan in force
     * this morning before a flare remade it; empty when the current plan is the only one covering the day.
     */
    public List<PlanItem> earlierItems(String userId, LocalDate date) {
        safety.requireProgramAllowed(userId);
        String current = plans.latestPlan(userId).map(StoredPlan::id).orElse(null);
        List<PlanItem> items = new ArrayList<>();
        for (StoredPlan plan : plans.plansStartingBetween(userId, date.minusDays(6), date)) { // newest first
            if (plan.id().equals(current)) continue;
            plan.plan().days().stream().filter(d -> d.date().equals(date)).forEach(d -> items.addAll(d.items()));
        }
        return items;
    }

    /**
     * Brings the current plan in line with the fear ladder after the person changed it: when the days from today on
     * do not try the ladder's current step (a first item added after the plan was made, the step removed, or its kind
     * of step picked), the plan is made again from today, as after a phase switch. Nothing happens before the first
     * plan, in calm (which has no exposure) or while safety does not allow a program.
     *
     * @return whether the plan was made again
     */
    boolean followLadder(String userId) {
        if (!safety.status(userId).programAllowed() || phase(userId) == Phase.CALM) return false;
        Optional<StoredPlan> plan = plans.latestPlan(userId);
        if (plan.isEmpty()) return false;
        LocalDate today = today(userId);
        // while a clinician paused exposure, the plan has no step to follow
        boolean paused = adjustments.latest(userId).map(v -> v.adjustment().pauseExposure()).orElse(false);
        Optional<org.backroot.program.domain.FearLadderItem> step = paused ? Optional.empty() : fearLadder.ladderOf(userId).currentStep();
        List<PlanItem> planned = plan.get().plan().days().stream().filter(d -> !d.date().isBefore(today))
                .flatMap(d -> d.items().stream()).filter(i -> i.kind() == PlanItemKind.EXPOSURE).toList();
        boolean inStep = step.isPresent() && !planned.isEmpty() && planned.stream().allMatch(i -> step.get().id().equals(i.fearLadderItemId())
                && (i.activityId() != null || step.get().template() == null || step.get().template() == ExposureTheme.NONE));
        if (inStep || (step.isEmpty() && planned.isEmpty())) return false;
        generateUnchecked(userId, false);
        return true;
    }

    /** The current plan or a 404. */
    public StoredPlan requireCurrent(String userId) {
        return current(userId).orElseThrow(() -> new NotFoundException("No plan yet; create one with POST /api/v1/plan"));
    }

    /** The phase now: the target of the latest phase change, or build. */
    public Phase phase(String userId) {
        return phases.latest(userId).map(c -> c.change().to()).orElse(Phase.BUILD);
    }

    /** Every phase change with its cause, newest first. */
    public List<StoredPhaseChange> phaseChanges(String userId) {
        safety.requireProgramAllowed(userId);
        return phases.list(userId);
    }

    /** The newest phase change, if any (no safety check: for pages that already checked). */
    public Optional<StoredPhaseChange> lastPhaseChange(String userId) {
        return phases.latest(userId);
    }

    /** True when the latest factor check is {@value #REASSESS_DAYS} days old or more, counted in the person's own dates. */
    public boolean reassessDue(String userId) {
        return reassessDueOn(userId).filter(due -> !due.isAfter(today(userId))).isPresent();
    }

    /**
     * The person's date on which reassessment falls due: {@value #REASSESS_DAYS} days after the local date of
     * their latest factor check; empty before any factor check.
     */
    public Optional<LocalDate> reassessDueOn(String userId) {
        return assessments.latestPerInstrument(userId).values().stream()
                .filter(r -> assessments.instrument(r.instrumentId()).purpose() == InstrumentPurpose.FACTOR)
                .map(StoredResponse::completedAt).max(java.util.Comparator.naturalOrder())
                .map(last -> personalClock.dateOf(userId, last).plusDays(REASSESS_DAYS));
    }

    // ---- for the adaptation ------------------------------------------------------------------------

    /**
     * Records a phase change; its level shift (e.g. -1 when resuming after a flare) goes into the history under "all".
     * False, changing nothing, when the same switch for that day is already recorded.
     */
    @Transactional
    boolean switchPhase(String userId, PhaseChange change) {
        if (!phases.insert(new StoredPhaseChange(Ids.newId(), userId, change, Timestamps.stored(clock.instant())))) return false;
        if (change.levelShift() != 0) {
            PlanHistory h = new PlanHistory(plans.levelShifts(userId), Set.of()).withShift(PlanHistory.ALL, change.levelShift());
            plans.saveLevelShifts(userId, h.levelShifts(), clock.instant());
        }
        return true;
    }

    /** A new plan for today in the current phase, without a weekly decision (after a phase switch). */
    @Transactional
    StoredPlan regenerate(String userId) {
        return generateUnchecked(userId, false);
    }

    /** The current plan without the safety check (the adaptation checks safety itself). */
    Optional<StoredPlan> currentUnchecked(String userId) {
        return plans.latestPlan(userId);
    }

    boolean hasPlan(String userId) {
        return plans.latestPlan(userId).isPresent();
    }

    // ---- generation --------------------------------------------------------------------------------

    private StoredPlan generateUnchecked(String userId, boolean weeklyDecision) {
        LocalDate today = today(userId);
        Preferences preferences = plans.preferences(userId).orElse(DEFAULT_PREFERENCES);
        Phase phase = phase(userId);
        Map<String, Integer> storedShifts = plans.levelShifts(userId);
        PlanHistory history = new PlanHistory(storedShifts, Set.of());
        List<StoredPlan> recent = plans.recentPlans(userId, PLANS_LOOKED_AT);
        PlanDecision decision = null;
        if (weeklyDecision && !recent.isEmpty() && recent.get(0).finishedBy(today)) {
            List<WeeklyPlan> weeks = finishedWeeks(recent, rules.weeksToProgress());
            LocalDate from = weeks.get(0).startsOn();
            decision = recoverFlareStep(PlanProgression.decide(phase, weeks, tracking.outcomes(userId, from, today), rules,
                    phase == Phase.STRENGTHEN ? maintainGate(userId, today) : null, today), phase, history);
            history = decision.applyTo(history);
            Optional<PhaseChange> change = decision.phaseChange(phase, today);
            if (change.isPresent()) {
                // The decision's level-up is already in the history; record the switch without adding it again.
                PhaseChange c = change.get();
                phases.insert(new StoredPhaseChange(Ids.newId(), userId, c, Timestamps.stored(clock.instant())));
            }
            phase = decision.phase();
            if (!history.levelShifts().equals(storedShifts)) plans.saveLevelShifts(userId, history.levelShifts(), clock.instant());
        }
        if (!recent.isEmpty()) history = history.withLastWeek(recent.get(0).plan());
        // The first days after a calm phase ease loaded movement and exposure only, for this plan only (never stored).
        history = calm.schedule().taper(phases.latest(userId).map(StoredPhaseChange::change).orElse(null), today, history);
        // a clinician's adjustment works inside the plan: the library passed is already narrowed by safety
        Optional<PlanAdjustmentVersion> adjustment = adjustments.latest(userId);
        WeeklyPlan plan = PlanGenerator.generate(planProfile(profiles.profile(userId), cautions(userId)), preferences, phase, history,
                fearLadder.ladderOf(userId).items(), availableLibrary(userId), today, seed(userId, today),
                adjustment.map(PlanAdjustmentVersion::adjustment).orElse(PlanAdjustment.NONE),
                adjustment.map(PlanAdjustmentVersion::clinicianName).orElse(null));
        StoredPlan stored = new StoredPlan(Ids.newId(), userId, plan, decision == null ? null : decision.kind(),
                decision == null ? List.of() : decision.reasons(), Timestamps.stored(clock.instant()));
        plans.insertPlan(stored);
        return stored;
    }

    /** What strengthen needs before maintain: the program's start and any outcome improved past its minimal important change. */
    private MaintainGate maintainGate(String userId, LocalDate today) {
        LocalDate start = plans.firstPlanStart(userId).orElse(today);
        ProgramOutcomes source = outcomes.getIfAvailable();
        return new MaintainGate(start, source == null ? null : source.improvement(userId, start, today).orElse(null));
    }

    /**
     * A plan that resumed one level lower after a flare first climbs back that level when it is
     * ready to progress, before it moves on to the next phase.
     */
    PlanDecision recoverFlareStep(PlanDecision decision, Phase phase, PlanHistory history) {
        if (decision.kind() != PlanDecision.Kind.PROGRESS || decision.levelShift() != 0 || history.shift(PlanHistory.ALL) >= 0) {
            return decision;
        }
        return new PlanDecision(PlanDecision.Kind.PROGRESS, phase, 1, List.of(), List.of(
                "You did " + Math.round(rules.adherenceToProgress() * 100) + " % or more of your plan for "
                        + rules.weeksToProgress() + " weeks and your pain settled each time."
                        + " Your plan first climbs back the level it stepped down after your flare."));
    }

    /**
     * The weeks the progression rules look at, oldest first: the newest plan, then each earlier plan
     * that started at least a week before the one after it (plans regenerated mid-week, e.g. in a
     * flare, are skipped), at most {@code count}.
     */
    static List<WeeklyPlan> finishedWeeks(List<StoredPlan> newestFirst, int count) {
        List<WeeklyPlan> weeks = new ArrayList<>();
        for (StoredPlan p : newestFirst) {
            if (weeks.size() == count) break;
            if (weeks.isEmpty() || !p.plan().startsOn().isAfter(weeks.get(0).startsOn().minusDays(WeeklyPlan.DAYS))) {
                weeks.add(0, p.plan());
            }
        }
        return weeks;
    }

    /** What the plan leaves out because of the person's answers about themselves (pregnancy), with the reasons. */
    public PlanCautions cautions(String userId) {
        return PlanCautions.of(aboutYou.about(userId));
    }

    static PlanProfile planProfile(Profile profile, PlanCautions cautions) {
        Map<String, Integer> loads = new LinkedHashMap<>();
        for (FactorLoad f : profile.factors()) loads.put(f.id(), f.load());
        List<PlanSource> sources = new ArrayList<>();
        for (SourceRegion s : profile.sources()) {
            sources.add(PlanSource.of(s.region().code(), s.side() == null ? null : s.side().code(), s.severity()));
        }
        return new PlanProfile(loads, sources, cautions);
    }

    /** Stable per person and week, different between people with the same profile. */
    static long seed(String userId, LocalDate startsOn) {
        return ((long) userId.hashCode() << 32) ^ startsOn.toEpochDay();
    }

    private LocalDate today(String userId) {
        return personalClock.today(userId);
    }

    /**
     * The first day of the person's first plan, if any. A record of the past, read even while safety pauses the
     * program (for the person's milestones).
     */
    public Optional<LocalDate> firstPlanStart(String userId) {
        return plans.firstPlanStart(userId);
    }

    /** Every phase change, newest first, read even while safety pauses the program (a record of the past, for milestones). */
    public List<StoredPhaseChange> phaseHistory(String userId) {
        return phases.list(userId);
    }
}
