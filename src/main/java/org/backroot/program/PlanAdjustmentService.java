package org.backroot.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backroot.account.PersonalClock;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.PlanAdjustment;
import org.backroot.program.domain.PlanAdjustmentChanges;
import org.backroot.program.domain.PlanAdjustmentVersion;
import org.backroot.safety.SafetyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician's changes to a person's plan (the care module calls this; program never calls care). Every adjustment
 * is kept as a new version with who and when; the newest is in force and the plan generator honours it inside the
 * safety rules. Like a change of the person's own time, an adjustment that changes the plan makes this week's plan
 * again from today, while safety allows a program; otherwise the next plan follows it.
 */
@Service
public class PlanAdjustmentService {

    /** A version as the person and the clinician see it, with what it changed in plain words. */
    public record AdjustmentView(PlanAdjustmentVersion version, List<String> changes, LocalDate adjustedOn) {
    }

    /** What saving did: the new version, whether this week's plan was made again, and what changed. */
    public record Saved(PlanAdjustmentVersion version, boolean planRemade, List<String> changes) {
    }

    private final PlanAdjustmentRepository repository;
    private final PlanService plans;
    private final SafetyService safety;
    private final ActivityLibrary library;
    private final PersonalClock personalClock;
    private final Clock clock;

    PlanAdjustmentService(PlanAdjustmentRepository repository, PlanService plans, SafetyService safety, ActivityLibrary library,
                          PersonalClock personalClock, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.safety = safety;
        this.library = library;
        this.personalClock = personalClock;
        this.clock = clock;
    }

    /**
     * Checks a clinician's input against the library: a 400 naming each bad field (an unknown activity id by name).
     */
    public PlanAdjustment validate(Integer maxLevel, List<String> excludeActivities, List<String> includeActivities, Boolean pauseExposure,
                                   Integer minutesPerDay, String note) {
        return PlanAdjustment.validated(maxLevel, excludeActivities, includeActivities, pauseExposure, minutesPerDay, note, library);
    }

    /**
     * Stores the adjustment as the person's next version. When it changes the plan (not only the note), a plan exists
     * and safety allows a program, this week's plan is made again from today; while safety pauses the program, it is
     * kept for the next plan and changes nothing else.
     */
    @Transactional
    public Saved adjust(String personId, String clinicianId, String clinicianName, PlanAdjustment adjustment) {
        if (clinicianId == null || clinicianId.isBlank()) throw new IllegalArgumentException("clinicianId must be given");
        if (clinicianName == null || clinicianName.isBlank()) throw new IllegalArgumentException("clinicianName must be given");
        // a value built elsewhere is checked against the library as the API's input is
        PlanAdjustment checked = validate(adjustment.maxLevel(), new ArrayList<>(adjustment.excludeActivities()),
                new ArrayList<>(adjustment.includeActivities()), adjustment.pauseExposure(), adjustment.minutesPerDay(), adjustment.note());
        PlanAdjustment before = repository.latest(personId).map(PlanAdjustmentVersion::adjustment).orElse(null);
        PlanAdjustmentVersion saved = repository.insert(personId, checked, clinicianId, clinicianName.strip(), clock.instant());
        boolean remade = !checked.samePlanAs(before == null ? PlanAdjustment.NONE : before)
                && plans.hasPlan(personId) && safety.status(personId).programAllowed();
        if (remade) plans.regenerate(personId);
        return new Saved(saved, remade, PlanAdjustmentChanges.describe(before, checked, library));
    }

    /** The adjustment in force, empty when no clinician has adjusted the plan. */
    public Optional<AdjustmentView> currentAdjustment(String personId) {
        List<AdjustmentView> all = adjustmentHistory(personId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Where the person asks to talk about an adjustment: the care team's address for the conversation with that
     * clinician, which opens the thread while they take messages and the care team page (saying so) otherwise.
     */
    public String talkAddress(String personId, String clinicianId) {
        return "/care-team/messages/with/" + clinicianId;
    }

    /** Every version, newest first, each with what it changed against the one before. */
    public List<AdjustmentView> adjustmentHistory(String personId) {
        List<PlanAdjustmentVersion> versions = repository.list(personId);
        List<AdjustmentView> views = new ArrayList<>();
        PlanAdjustment before = null;
        for (PlanAdjustmentVersion v : versions) {
            views.add(0, new AdjustmentView(v, PlanAdjustmentChanges.describe(before, v.adjustment(), library),
                    personalClock.dateOf(personId, v.adjustedAt())));
            before = v.adjustment();
        }
        return List.copyOf(views);
    }
}
