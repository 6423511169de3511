package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.account.AboutYouService;
import org.backroot.account.PersonalClock;
import org.backroot.account.domain.AboutYou;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.MovementPause;
import org.backroot.assessment.ScreeningInterpreter;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.ResponseValidator;
import org.backroot.safety.RescreenSignal.RescreenReason;
import org.backroot.safety.domain.Clearance;
import org.backroot.safety.domain.ClinicianClearance;
import org.backroot.safety.domain.RedFlagCondition;
import org.backroot.safety.domain.Correction;
import org.backroot.safety.domain.PersonFacts;
import org.backroot.safety.domain.RedFlagEvaluator;
import org.backroot.safety.domain.Rescreening;
import org.backroot.safety.domain.Restriction;
import org.backroot.safety.domain.SafetyHistory;
import org.backroot.safety.domain.SafetyPolicy;
import org.backroot.safety.domain.SafetyStatus;
import org.backroot.safety.domain.SignReport;
import org.backroot.safety.domain.Symptom;
import org.backroot.shared.ConflictException;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.ValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Red flags win over the program. A person's safety status is derived, every time, from everything they
 * told us: every answer of every red-flag screen, every red-flag symptom reported in a check-in, every
 * confirmation that a clinician assessed them, every "I answered this by mistake", and the facts about them.
 * Nothing is cached, so it can never go stale.
 */
@Service
public class SafetyService implements ScreeningInterpreter, MovementPause {

    static final String SCREEN = "red-flags";

    private final AssessmentService assessments;
    private final ClearanceRepository clearances;
    private final ClinicianClearanceRepository clinicianClearances;
    private final SymptomReportRepository symptomReports;
    private final CorrectionRepository corrections;
    private final AboutYouService aboutYou;
    private final PersonalClock clock;
    private final ObjectProvider<RescreenSignal> rescreenSignals;

    SafetyService(AssessmentService assessments, ClearanceRepository clearances, ClinicianClearanceRepository clinicianClearances,
            SymptomReportRepository symptomReports,
            CorrectionRepository corrections, AboutYouService aboutYou, PersonalClock clock, ObjectProvider<RescreenSignal> rescreenSignals) {
        this.assessments = assessments;
        this.clearances = clearances;
        this.clinicianClearances = clinicianClearances;
        this.symptomReports = symptomReports;
        this.corrections = corrections;
        this.aboutYou = aboutYou;
        this.clock = clock;
        this.rescreenSignals = rescreenSignals;
    }

    @Override
    public Optional<String> band(Instrument instrument, Map<String, Object> answers) {
        if (!SCREEN.equals(instrument.id())) return Optional.empty();
        return Optional.of(RedFlagEvaluator.evaluate(instrument, ResponseValidator.validate(instrument, answers)).outcome().jsonName());
    }

    public SafetyView status(String userId) {
        ZoneId zone = clock.zone(userId);
        LocalDate today = LocalDate.ofInstant(clock.now(), zone);
        List<StoredResponse> screens = assessments.responses(userId, SCREEN);
        List<CorrectionRepository.StoredCorrection> stored = corrections.list(userId);
        SafetyHistory history = history(userId, screens, stored, zone, today);
        SafetyStatus status = SafetyPolicy.status(history, screen());
        List<SafetyView.CorrectionView> taken = stored.stream()
                .map(c -> new SafetyView.CorrectionView(c.correction().linkId(), c.correction().correctedOn(), c.note())).toList();
        return new SafetyView(status.status(), status.programAllowed(), status.clinicianCleared(), status.instructions(),
                status.reasons(), history.lastScreenedAt(), status.restrictions(), List.of(), taken);
    }

    /** The status together with why the screen is due again, if it is (asks every module that knows such a moment). */
    public SafetyView statusWithRescreen(String userId) {
        SafetyView v = status(userId);
        return new SafetyView(v.state(), v.programAllowed(), v.clinicianCleared(), v.instructions(), v.reasons(), v.screenedAt(),
                v.restrictions(), rescreen(userId, v.screenedAt()), v.corrections());
    }

    /** Why the red-flag screen should be answered again now, in plain words; empty when it is not due (or never taken). */
    public List<String> rescreenMessages(String userId) {
        Instant screenedAt = assessments.latest(userId, SCREEN).map(StoredResponse::completedAt).orElse(null);
        return rescreen(userId, screenedAt).stream().map(RescreenReason::message).toList();
    }

    private List<RescreenReason> rescreen(String userId, Instant screenedAt) {
        if (screenedAt == null) return List.of();
        ZoneId zone = clock.zone(userId);
        return rescreenReasons(userId, LocalDate.ofInstant(screenedAt, zone), LocalDate.ofInstant(clock.now(), zone));
    }

    /** The status shaped for pages, with the screening questions in words. */
    public SafetyBanner banner(String userId) {
        SafetyView v = status(userId);
        Instrument screen = screen();
        List<SafetyBanner.Question> correctable = v.correctableItems().stream()
                .map(item -> new SafetyBanner.Question(item, questionText(screen, item))).toList();
        List<SafetyBanner.TakenBack> takenBack = v.corrections().stream()
                .map(c -> new SafetyBanner.TakenBack(questionText(screen, c.item()), c.correctedOn(), c.note())).toList();
        // the hold "until a clinician has checked you" comes from open fracture signs; a clinician's own holds are said apart
        boolean fractureHold = v.restricts(Restriction.LOADED_FLEXION) && !v.clinicianCleared()
                && v.reasons().stream().anyMatch(r -> r.condition() == RedFlagCondition.FRACTURE);
        // read the clinicians' clearances only when something is held back (the banner is on every page)
        List<String> holds = v.restrictions().isEmpty() ? List.of() : clinicianClearanceViews(userId).stream().flatMap(c -> c.restrictions().stream()
                .filter(ClinicianClearanceView.RestrictionView::inForce)
                .map(r -> "Until " + r.endsOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK)) + ", "
                        + c.clinicianName() + " asked that your plan leave out " + r.restriction().plainWords() + ".")).distinct().toList();
        return new SafetyBanner(v.status(), v.headline(), List.of(v.instructions()), v.reasonMessages(), v.bannerVisible(),
                v.programAllowed(), v.clinicianCleared(), v.screenedAt(), correctable, takenBack, fractureHold, holds);
    }

    private static String questionText(Instrument screen, String item) {
        return screen.item(item).map(org.backroot.assessment.domain.Item::text).orElse(item);
    }

    /** The answers of the latest screen, to pre-fill the form when the person takes it again; empty before the first. */
    public Map<String, Object> latestScreenAnswers(String userId) {
        return assessments.latest(userId, SCREEN).map(StoredResponse::answers).orElse(Map.of());
    }

    /** Physical self-tests and activity timers wait while the program is paused (or before the first screen). */
    @Override
    public boolean paused(String userId) {
        return !status(userId).programAllowed();
    }

    /** Throws a 409-style conflict with the reason when the program must not run. */
    public void requireProgramAllowed(String userId) {
        SafetyView view = status(userId);
        if (!view.programAllowed()) {
            throw new ConflictException("Program paused for your safety", view.instructions());
        }
    }

    @Transactional
    public SafetyView confirmClinicianAssessment(String userId, LocalDate assessedOn, String note) {
        LocalDate today = clock.today(userId);
        if (assessedOn == null) throw new ValidationException("assessedOn", "must be the date a clinician assessed you, like 2026-01-31");
        if (assessedOn.isAfter(today)) throw new ValidationException("assessedOn", "must not be in the future");
        DateInput.problemForPast(assessedOn, today).ifPresent(problem -> {
            throw new ValidationException("assessedOn", problem);
        });
        requireNote(note);
        clearances.insert(userId, assessedOn, clock.now(), note);
        return status(userId);
    }

    /** A restriction as a clinician gives it: its code (loaded-flexion, lying-on-back) and for how many weeks. */
    public record RestrictionInput(String restriction, Integer weeks) {
    }

    /**
     * A linked clinician's structured clearance (the care module calls this after checking the link and its scope): the
     * red-flag conditions they ruled out on {@code assessedOn} and restrictions that shape the plan for some weeks. When it
     * rules something out, it replaces the person's own "a clinician checked me" confirmations given before it; it never
     * covers a sign told after it or about a later day. A 400 names each bad field.
     */
    @Transactional
    public SafetyView recordClinicianClearance(String userId, String clinicianId, String clinicianName, LocalDate assessedOn,
                                               List<String> ruledOut, List<RestrictionInput> restrictions, String note) {
        if (clinicianId == null || clinicianId.isBlank()) throw new IllegalArgumentException("clinicianId must be given");
        if (clinicianName == null || clinicianName.isBlank()) throw new IllegalArgumentException("clinicianName must be given");
        LocalDate today = clock.today(userId);
        List<org.backroot.web.domain.FieldError> errors = new ArrayList<>();
        if (assessedOn == null) {
            errors.add(new org.backroot.web.domain.FieldError("assessedOn", "must be the date you assessed the person, like 2026-01-31"));
        } else if (assessedOn.isAfter(today)) {
            errors.add(new org.backroot.web.domain.FieldError("assessedOn", "must not be in the future (the person's today is " + today + ")"));
        } else {
            DateInput.problemForPast(assessedOn, today).ifPresent(p -> errors.add(new org.backroot.web.domain.FieldError("assessedOn", p)));
        }
        java.util.Set<RedFlagCondition> conditions = java.util.EnumSet.noneOf(RedFlagCondition.class);
        for (String code : ruledOut == null ? List.<String>of() : ruledOut) {
            try {
                conditions.add(RedFlagCondition.fromJsonName(code == null ? "" : code.strip()));
            } catch (IllegalArgumentException e) {
                errors.add(new org.backroot.web.domain.FieldError("ruledOut", "names '" + code + "', which is not one of "
                        + java.util.Arrays.stream(RedFlagCondition.values()).map(RedFlagCondition::jsonName).toList()));
            }
        }
        List<ClinicianClearance.TimedRestriction> timed = new ArrayList<>();
        for (RestrictionInput r : restrictions == null ? List.<RestrictionInput>of() : restrictions) {
            Optional<Restriction> kind = r == null || r.restriction() == null ? Optional.empty() : Restriction.fromJsonName(r.restriction().strip());
            if (kind.isEmpty()) {
                errors.add(new org.backroot.web.domain.FieldError("restrictions", "names '" + (r == null ? null : r.restriction())
                        + "', which is not one of " + java.util.Arrays.stream(Restriction.values()).map(Restriction::jsonName).toList()));
            } else if (r.weeks() == null || r.weeks() < 1 || r.weeks() > ClinicianClearance.TimedRestriction.MAX_WEEKS) {
                errors.add(new org.backroot.web.domain.FieldError("restrictions", "must give weeks for '" + kind.get().jsonName()
                        + "' as a whole number from 1 to " + ClinicianClearance.TimedRestriction.MAX_WEEKS));
            } else {
                timed.add(new ClinicianClearance.TimedRestriction(kind.get(), r.weeks()));
            }
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > ClinicianClearance.MAX_NOTE) {
            errors.add(new org.backroot.web.domain.FieldError("note", "must be at most " + ClinicianClearance.MAX_NOTE + " characters"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        clinicianClearances.insert(userId, new ClinicianClearance(org.backroot.shared.Ids.newId(), clinicianId, clinicianName.strip(),
                assessedOn, org.backroot.shared.Timestamps.stored(clock.now()), conditions, timed, text));
        return status(userId);
    }

    /** Each clinician clearance for pages and the API, with the person's dates and whether each restriction holds today. */
    public List<ClinicianClearanceView> clinicianClearanceViews(String userId) {
        LocalDate today = clock.today(userId);
        return clinicianClearances(userId).stream().map(c -> new ClinicianClearanceView(c.clinicianId(), c.clinicianName(), c.assessedOn(),
                c.recordedAt(), c.ruledOut().stream().sorted().toList(),
                c.restrictions().stream().map(r -> new ClinicianClearanceView.RestrictionView(r.restriction(), r.weeks(),
                        r.endsOn(c.assessedOn()), !today.isBefore(c.assessedOn()) && today.isBefore(r.endsOn(c.assessedOn())))).toList(),
                c.note())).toList();
    }

    /** Every clearance linked clinicians recorded for the person, newest first (a record: read even while the program is paused). */
    public List<ClinicianClearance> clinicianClearances(String userId) {
        List<ClinicianClearance> all = new ArrayList<>(clinicianClearances.list(userId));
        java.util.Collections.reverse(all);
        return List.copyOf(all);
    }

    /**
     * "I answered this by mistake": withdraws every answer so far to one item behind the current result. It is kept
     * in the record with its date; answering the item again later counts as before.
     */
    @Transactional
    public SafetyView correctMistake(String userId, String item, String note) {
        if (item == null || item.isBlank()) throw new ValidationException("item", "must name the question you answered by mistake, like bladder-change");
        requireNote(note);
        SafetyView before = status(userId);
        if (!before.correctableItems().contains(item)) {
            throw new ValidationException("item", "must be one of the questions behind your current result "
                    + before.correctableItems() + " but was '" + item + "'");
        }
        corrections.insert(userId, new Correction(item, clock.today(userId), clock.now()), note);
        return status(userId);
    }

    /** Red-flag symptoms reported later (e.g. in the daily check-in) re-run safety at once. */
    @Transactional
    public SafetyView reportSymptoms(String userId, LocalDate reportedOn, List<String> symptomCodes) {
        if (!symptomCodes.isEmpty()) symptomReports.insert(userId, reportedOn, symptomCodes, clock.now());
        return status(userId);
    }

    private SafetyHistory history(String userId, List<StoredResponse> screens, List<CorrectionRepository.StoredCorrection> stored,
            ZoneId zone, LocalDate today) {
        Instrument screen = screen();
        List<SignReport> reports = new ArrayList<>();
        for (StoredResponse response : screens) {
            LocalDate day = LocalDate.ofInstant(response.completedAt(), zone);
            RedFlagEvaluator.observations(screen, response.answers())
                    .forEach(o -> reports.add(new SignReport(o, SignReport.Channel.SCREEN, day, response.completedAt())));
        }
        for (SymptomReportRepository.SymptomReport report : symptomReports.list(userId)) {
            report.symptoms().forEach(code -> reports.add(new SignReport(Symptom.fromCode(code).observation(), SignReport.Channel.CHECK_IN,
                    report.reportedOn(), report.recordedAt())));
        }
        List<Clearance> cleared = clearances.list(userId).stream().map(c -> new Clearance(c.assessedOn(), c.confirmedAt())).toList();
        List<Correction> corrected = stored.stream().map(CorrectionRepository.StoredCorrection::correction).toList();
        Instant lastScreenedAt = screens.stream().map(StoredResponse::completedAt).max(Comparator.naturalOrder()).orElse(null);
        return new SafetyHistory(reports, cleared, corrected, facts(userId, today), lastScreenedAt, clinicianClearances.list(userId), today);
    }

    private PersonFacts facts(String userId, LocalDate today) {
        AboutYou about = aboutYou.about(userId);
        Integer age = about.ageOn(today).isPresent() ? about.ageOn(today).getAsInt() : null;
        return new PersonFacts(age, about.activeCancerTreatment(), about.osteoporosisMedication());
    }

    /** Every 3 months, and whenever another module knows of a moment that calls for it (a new episode, a long calm phase, level 4). */
    private List<RescreenReason> rescreenReasons(String userId, LocalDate lastScreenedOn, LocalDate today) {
        List<RescreenReason> reasons = new ArrayList<>();
        Rescreening.regularDue(lastScreenedOn, today).ifPresent(due -> reasons.add(new RescreenReason("three-months", due,
                "It has been three months since you last answered the safety questions. A few minutes to check nothing new has appeared.")));
        rescreenSignals.orderedStream().forEach(signal -> signal.reason(userId, lastScreenedOn, today).ifPresent(reasons::add));
        return reasons;
    }

    private Instrument screen() {
        return assessments.instrument(SCREEN);
    }

    private static void requireNote(String note) {
        if (note != null && note.length() > 500) throw new ValidationException("note", "must be at most 500 characters");
    }
}
