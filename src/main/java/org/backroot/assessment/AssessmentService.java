package org.backroot.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.assessment.domain.AnswerSet;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.ResponseValidator;
import org.backroot.assessment.domain.ScoreResult;
import org.backroot.assessment.domain.Scorer;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.shared.Timestamps;
import org.backroot.web.domain.ValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Questionnaires: what exists, checking and scoring answers, and each person's responses. */
@Service
public class AssessmentService {

    /** Published after a response is committed, so other modules (safety, profile) can react. */
    public record ResponseRecorded(String userId, String instrumentId, String responseId) {
    }

    private final InstrumentCatalog catalog;
    private final ResponseRepository responses;
    /** Looked up lazily: the safety module's interpreter itself reads responses through this service. */
    private final ObjectProvider<ScreeningInterpreter> interpreters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(InstrumentCatalog catalog, ResponseRepository responses, ObjectProvider<ScreeningInterpreter> interpreters,
            ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.responses = responses;
        this.interpreters = interpreters;
        this.events = events;
        this.clock = clock;
    }

    public List<Instrument> instruments() {
        return catalog.all();
    }

    public Instrument instrument(String id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("No instrument with id '" + id + "'"));
    }

    /** Checks, scores and stores a response. Every bad answer is reported at once as a field error. */
    @Transactional
    public StoredResponse submit(String userId, String instrumentId, Map<String, ?> answers) {
        if (instrumentId == null || instrumentId.isBlank()) throw new ValidationException("instrumentId", "must name an instrument, e.g. 'stress'");
        Instrument instrument = catalog.find(instrumentId)
                .orElseThrow(() -> new ValidationException("instrumentId", "is not a known instrument; GET /api/v1/instruments lists them"));
        if (answers == null) throw new ValidationException("answers", "must be an object of linkId to answer");
        AnswerSet checked = ResponseValidator.validate(instrument, answers);
        StoredResponse stored = score(userId, instrument, checked);
        responses.insert(stored);
        events.publishEvent(new ResponseRecorded(userId, instrumentId, stored.id()));
        return stored;
    }

    /**
     * Saves several questionnaire forms at once (the first look: every factor's short screen on one page), all or
     * none. Form fields and errors are named {@code <instrumentId>--<linkId>}; here every question must be answered.
     */
    @Transactional
    public List<StoredResponse> submitForms(String userId, Map<String, Map<String, String>> formsByInstrument) {
        List<org.backroot.web.domain.FieldError> problems = new java.util.ArrayList<>();
        Map<String, Map<String, Object>> typed = new java.util.LinkedHashMap<>();
        formsByInstrument.forEach((id, form) -> {
            Instrument instrument = instrument(id);
            Map<String, Object> answers = FormAnswers.from(instrument, form);
            typed.put(id, answers);
            instrument.items().stream().filter(i -> !answers.containsKey(i.linkId()))
                    .forEach(i -> problems.add(new org.backroot.web.domain.FieldError(formField(id, i.linkId()), "Please answer: " + i.text())));
            ResponseValidator.problems(instrument, answers).forEach(p -> problems.add(new org.backroot.web.domain.FieldError(
                    formField(id, p.field().startsWith("answers.") ? p.field().substring("answers.".length()) : p.field()), p.message())));
        });
        if (!problems.isEmpty()) throw new ValidationException(problems);
        return typed.entrySet().stream().map(e -> submit(userId, e.getKey(), e.getValue())).toList();
    }

    /** The form field of one question when several questionnaires share a page. */
    public static String formField(String instrumentId, String linkId) {
        return instrumentId + "--" + linkId;
    }

    private StoredResponse score(String userId, Instrument instrument, AnswerSet answers) {
        if (instrument.scoring() == null) {
            // Nothing is scored (the red-flag screen): a validated answer set is complete, and its band comes from its interpreter.
            return new StoredResponse(Ids.newId(), userId, instrument.id(), instrument.version(), Timestamps.stored(clock.instant()),
                    answers.values(), null, screeningBand(instrument, answers.values()), true, Map.of(), List.of());
        }
        ScoreResult result = Scorer.score(instrument, answers);
        String band = instrument.purpose() == InstrumentPurpose.SCREENING ? screeningBand(instrument, answers.values()) : result.band();
        return new StoredResponse(Ids.newId(), userId, instrument.id(), instrument.version(), Timestamps.stored(clock.instant()),
                answers.values(), result.score(), band, result.complete(), result.subscores(), result.contributions());
    }

    private String screeningBand(Instrument instrument, Map<String, Object> answers) {
        return interpreters.orderedStream().map(i -> i.band(instrument, answers)).flatMap(Optional::stream).findFirst().orElse(null);
    }

    public List<StoredResponse> responses(String userId, String instrumentId) {
        if (instrumentId != null && catalog.find(instrumentId).isEmpty()) {
            throw new ValidationException("instrumentId", "is not a known instrument; GET /api/v1/instruments lists them");
        }
        return responses.list(userId, instrumentId);
    }

    public StoredResponse response(String userId, String id) {
        return responses.find(userId, id).orElseThrow(() -> new NotFoundException("No such response"));
    }

    public Optional<StoredResponse> latest(String userId, String instrumentId) {
        return responses.list(userId, instrumentId).stream().findFirst();
    }

    /** The newest response of every instrument the person has answered. */
    public Map<String, StoredResponse> latestPerInstrument(String userId) {
        Map<String, StoredResponse> latest = new java.util.LinkedHashMap<>();
        responses.latestPerInstrument(userId).forEach(r -> latest.putIfAbsent(r.instrumentId(), r));
        return latest;
    }
}
