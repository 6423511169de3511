package org.backroot.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backroot.account.PersonalClock;
import org.backroot.program.domain.ExposureTheme;
import org.backroot.program.domain.PendingExposure;

import org.backroot.program.domain.ExposureLog;
import org.backroot.program.domain.FearLadder;
import org.backroot.program.domain.FearLadderItem;
import org.backroot.safety.SafetyService;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's fear ladder (graded exposure): the activities they avoid, rated 0-100, climbed from the
 * lowest fear upward. Exposures logged through the practice log move a step on (see {@link FearLadder}).
 * Every call requires that safety allows a program (409 otherwise); someone else's item is a 404.
 */
@Service
public class FearLadderService {

    public static final int MAX_ACTIVITY = 120;

    private final FearLadderRepository repository;
    private final SafetyService safety;
    private final PersonalClock personalClock;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FearLadderService(FearLadderRepository repository, SafetyService safety, PersonalClock personalClock, Clock clock,
                      ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.safety = safety;
        this.personalClock = personalClock;
        this.clock = clock;
    }

    /**
     * The outcome of logging a step: recorded (the experiment is complete and the ladder moved) or waiting (kept,
     * with the answers still to give, asked again on Today and the fear-ladder page).
     */
    public record ExposureStep(String status, StoredFearItem item, PendingExposure pending, ExposureLog log) {
        public static final String RECORDED = "recorded";
        public static final String WAITING = "waiting";

        public List<String> askAgain() {
            return pending == null ? List.of() : pending.missing();
        }
    }

    /** The items in the order they were added. */
    public List<StoredFearItem> items(String userId) {
        safety.requireProgramAllowed(userId);
        return repository.list(userId);
    }

    /** The ladder: lowest fear first, with the current step and the things done. */
    public FearLadder ladder(String userId) {
        safety.requireProgramAllowed(userId);
        return ladderOf(userId);
    }

    FearLadder ladderOf(String userId) {
        return FearLadder.of(repository.list(userId).stream().map(StoredFearItem::item).toList());
    }

    public StoredFearItem item(String userId, String id) {
        safety.requireProgramAllowed(userId);
        return find(userId, id);
    }

    @Transactional
    public StoredFearItem add(String userId, String activity, Integer fear) {
        return add(userId, activity, fear, null);
    }

    /**
     * Adds a feared activity. The library template is the one the person picked ({@code template}: bend, lift, sit,
     * twist or none), else the one their words surely match; when neither, the item waits for the person to pick.
     */
    @Transactional
    public StoredFearItem add(String userId, String activity, Integer fear, String template) {
        safety.requireProgramAllowed(userId);
        ExposureTheme chosen = validate(activity, fear, template);
        FearLadderItem item = FearLadderItem.of(Ids.newId(), activity.strip(), fear);
        if (chosen != null) item = item.withTemplate(chosen);
        StoredFearItem stored = new StoredFearItem(userId, item, org.backroot.shared.Timestamps.stored(clock.instant()));
        repository.insert(stored);
        events.publishEvent(new FearLadderChanged(userId));
        return stored;
    }

    /** New words and fear rating; the progress made so far is kept. */
    @Transactional
    public StoredFearItem update(String userId, String id, String activity, Integer fear) {
        return update(userId, id, activity, fear, null);
    }

    /** New words, fear rating and (when given) template; the progress made so far is kept. */
    @Transactional
    public StoredFearItem update(String userId, String id, String activity, Integer fear, String template) {
        safety.requireProgramAllowed(userId);
        StoredFearItem current = find(userId, id);
        ExposureTheme chosen = validate(activity, fear, template);
        FearLadderItem updated = current.item().rerated(activity.strip(), fear);
        if (chosen != null) updated = updated.withTemplate(chosen);
        repository.update(userId, updated);
        events.publishEvent(new FearLadderChanged(userId));
        return new StoredFearItem(userId, updated, current.createdAt());
    }

    /** The person picks which kind of step an item is (when their words matched no template surely). */
    @Transactional
    public StoredFearItem chooseTemplate(String userId, String id, String template) {
        safety.requireProgramAllowed(userId);
        StoredFearItem current = find(userId, id);
        if (template == null || template.isBlank()) throw new ValidationException(List.of(new FieldError("template", TEMPLATE_MESSAGE)), LABELS);
        FearLadderItem updated = current.item().withTemplate(theme(template));
        repository.update(userId, updated);
        events.publishEvent(new FearLadderChanged(userId));
        return new StoredFearItem(userId, updated, current.createdAt());
    }

    /** Steps waiting for answers, oldest first. */
    public List<PendingExposure> pending(String userId) {
        safety.requireProgramAllowed(userId);
        return repository.pending(userId);
    }

    /**
     * Logs a step of an item as an experiment. The prediction (harmExpected, fearBefore) is needed to start one: without
     * it, a 400 names the missing field. Answers for after the step (harmHappened, fearAfter) may come now or later;
     * until both are in, the step waits and is asked again, never filled with a default. A step already waiting for
     * this item takes the new answers.
     */
    @Transactional
    public ExposureStep logStep(String userId, String itemId, Map<String, ?> raw) {
        safety.requireProgramAllowed(userId);
        find(userId, itemId);
        ExposureAnswers a = ExposureAnswers.read(raw, personalClock.today(userId));
        PendingExposure open = repository.pending(userId).stream().filter(p -> p.itemId().equals(itemId)).reduce((x, y) -> y)
                .orElse(new PendingExposure(Ids.newId(), itemId, a.date(), null, null, null, null, null, null));
        PendingExposure merged = merge(open, a);
        ExposureAnswers.require(merged.missing(), List.of(PendingExposure.HARM_EXPECTED, PendingExposure.FEAR_BEFORE));
        return settle(userId, merged);
    }

    /** Gives the answers a waiting step still needs; a 400 names a bad value; an unknown step is a 404. */
    @Transactional
    public ExposureStep answer(String userId, String pendingId, Map<String, ?> raw) {
        safety.requireProgramAllowed(userId);
        PendingExposure open = repository.findPending(userId, pendingId).orElseThrow(() -> new NotFoundException("No such waiting step"));
        ExposureAnswers a = ExposureAnswers.read(raw, personalClock.today(userId));
        PendingExposure merged = merge(open, a);
        if (merged.equals(open)) {
            ExposureAnswers.require(open.missing(), open.missing());
        }
        return settle(userId, merged);
    }

    /**
     * A step ticked off in the practice log: its answers join the step waiting for this item (or start one). Nothing
     * missing is defaulted; when the experiment is complete the ladder moves.
     */
    @Transactional
    public ExposureStep fromPracticeLog(String userId, LocalDate date, String itemId, Integer expectedPain, Integer actualPain,
                                       Integer fearBefore, Integer fearAfter) {
        find(userId, itemId);
        PendingExposure open = repository.pending(userId).stream().filter(p -> p.itemId().equals(itemId)).reduce((x, y) -> y)
                .orElse(new PendingExposure(Ids.newId(), itemId, date, null, null, null, null, null, null));
        return settle(userId, open.with(null, null, fearBefore, fearAfter, expectedPain, actualPain));
    }

    private static PendingExposure merge(PendingExposure open, ExposureAnswers a) {
        return open.with(a.harmExpected(), a.harmHappened(), a.fearBefore(), a.fearAfter(), a.expectedPain(), a.actualPain());
    }

    private ExposureStep settle(String userId, PendingExposure step) {
        if (!step.complete()) {
            repository.savePending(userId, step, clock.instant());
            return new ExposureStep(ExposureStep.WAITING, find(userId, step.itemId()), step, null);
        }
        repository.deletePending(userId, step.id());
        ExposureLog log = step.toLog();
        return new ExposureStep(ExposureStep.RECORDED, recordExposure(userId, log), null, log);
    }

    @Transactional
    public void delete(String userId, String id) {
        safety.requireProgramAllowed(userId);
        if (!repository.delete(userId, id)) throw notFound();
        events.publishEvent(new FearLadderChanged(userId));
    }

    /** Exposures done so far, newest first, each with the gap between expected and actual pain. */
    public List<StoredExposure> exposures(String userId) {
        safety.requireProgramAllowed(userId);
        return repository.exposures(userId);
    }

    /**
     * Records a complete experiment and moves the item on: a success when the feared outcome did not happen (older
     * logs: pain no worse than expected), an advance when fear fell too. Unknown or someone else's item: 404.
     */
    @Transactional
    public StoredFearItem recordExposure(String userId, ExposureLog log) {
        StoredFearItem current = find(userId, log.itemId());
        FearLadderItem after = current.item().after(log);
        repository.update(userId, after);
        repository.insertExposure(new StoredExposure(Ids.newId(), userId, after.activity(), log,
                org.backroot.shared.Timestamps.stored(clock.instant())));
        return new StoredFearItem(userId, after, current.createdAt());
    }

    private StoredFearItem find(String userId, String id) {
        if (id == null) throw notFound();
        return repository.find(userId, id).orElseThrow(FearLadderService::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such fear-ladder item");
    }

    static final String TEMPLATE_MESSAGE = "must be one of bend, lift, sit, twist or none (your own small step)";

    /** Each field's question as the fear-ladder page asks it, so a refusal names the question. */
    static final Map<String, String> LABELS = Map.of(
            "activity", "What do you avoid?",
            "fear", "How afraid are you of it?",
            "template", "Which kind of step is this closest to?");

    private static ExposureTheme validate(String activity, Integer fear, String template) {
        ExposureTheme chosen = null;
        List<FieldError> errors = new ArrayList<>();
        try {
            validate(activity, fear);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (template != null && !template.isBlank()) {
            try {
                chosen = ExposureTheme.fromCode(template.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("template", TEMPLATE_MESSAGE));
            }
        }
        if (!errors.isEmpty()) throw new ValidationException(errors, LABELS);
        return chosen;
    }

    private static ExposureTheme theme(String code) {
        try {
            return ExposureTheme.fromCode(code.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new FieldError("template", TEMPLATE_MESSAGE)), LABELS);
        }
    }

    static void validate(String activity, Integer fear) {
        List<FieldError> errors = new ArrayList<>();
        if (activity == null || activity.isBlank()) {
            errors.add(new FieldError("activity", "must describe the activity in 1 to " + MAX_ACTIVITY + " characters"));
        } else if (activity.strip().length() > MAX_ACTIVITY) {
            errors.add(new FieldError("activity", "must be at most " + MAX_ACTIVITY + " characters"));
        }
        if (fear == null || fear < 0 || fear > 100) {
            errors.add(new FieldError("fear", "must be a whole number from 0 (not afraid at all) to 100 (the most afraid you can imagine)"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors, LABELS);
    }

    /** Exposures done so far, newest first, read even while safety pauses the program (a record of the past, for milestones). */
    public List<StoredExposure> exposureHistory(String userId) {
        return repository.exposures(userId);
    }
}
