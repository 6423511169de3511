package org.backroot.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.ScreeningInterpreter;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.ResponseValidator;
import org.backroot.safety.domain.RedFlagEvaluator;
import org.backroot.safety.domain.SafetyPolicy;
import org.backroot.safety.domain.SafetyRecord;
import org.backroot.safety.domain.SafetyStatus;
import org.backroot.shared.ConflictException;
import org.backroot.shared.Timestamps;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Red flags win over the program. A person's safety status is derived, every time, from what
 * they told us in order: each red-flag screen, each red-flag symptom reported later, and each
 * confirmation that a clinician assessed them. Nothing is cached, so it can never go stale.
 */
@Service
public class SafetyService implements ScreeningInterpreter {

    static final String SCREEN = "red-flags";
    private final AssessmentService assessments;
    private final ClearanceRepository clearances;
    private final SymptomReportRepository symptomReports;
    private final Clock clock;

    SafetyService(AssessmentService assessments, ClearanceRepository clearances, SymptomReportRepository symptomReports, Clock clock) {
        this.assessments = assessments;
        this.clearances = clearances;
        this.symptomReports = symptomReports;
        this.clock = clock;
    }

    @Override
    public Optional<String> band(Instrument instrument, Map<String, Object> answers) {
        if (!SCREEN.equals(instrument.id())) return Optional.empty();
        return Optional.of(RedFlagEvaluator.evaluate(instrument, ResponseValidator.validate(instrument, answers)).outcome().jsonName());
    }

    public SafetyView status(String userId) {
        List<StoredResponse> screens = assessments.responses(userId, SCREEN);
        SafetyStatus status = SafetyPolicy.status(record(userId, screens));
        Instant screenedAt = screens.isEmpty() ? null : screens.get(0).completedAt();
        return new SafetyView(status.status(), status.programAllowed(), status.clinicianCleared(), status.instructions(),
                status.reasons(), screenedAt);
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
        LocalDate today = today();
        if (assessedOn == null) throw new ValidationException("assessedOn", "must be the date a clinician assessed you, like 2026-01-31");
        if (assessedOn.isAfter(today)) throw new ValidationException("assessedOn", "must not be in the future");
        if (note != null && note.length() > 500) throw new ValidationException("note", "must be at most 500 characters");
        clearances.insert(userId, assessedOn, clock.instant(), note);
        return status(userId);
    }

    /** Red-flag symptoms reported later (e.g. in the daily check-in) re-run safety at once. */
    @Transactional
    public SafetyView reportSymptoms(String userId, LocalDate reportedOn, List<String> symptomCodes) {
        if (!symptomCodes.isEmpty()) symptomReports.insert(userId, reportedOn, symptomCodes, clock.instant());
        return status(userId);
    }

    private SafetyRecord record(String userId, List<StoredResponse> screens) {
        Instrument screen = assessments.instrument(SCREEN);
        List<SafetyEvent> events = new ArrayList<>();
        screens.forEach(r -> events.add(new SafetyEvent.Screened(r.completedAt(), r, screen)));
        symptomReports.list(userId).forEach(s -> events.add(new SafetyEvent.SymptomsReported(s.recordedAt(), s.reportedOn(), s.symptoms())));
        clearances.list(userId).forEach(c -> events.add(new SafetyEvent.ClinicianAssessed(c.confirmedAt(), c.assessedOn())));
        events.sort(Comparator.comparing(SafetyEvent::at));
        SafetyRecord record = SafetyRecord.none();
        for (SafetyEvent event : events) {
            record = event.apply(record, today());
        }
        return record;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

}
