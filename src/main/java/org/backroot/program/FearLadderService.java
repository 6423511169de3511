package org.backroot.program;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.backroot.program.domain.ExposureLog;
import org.backroot.program.domain.FearLadder;
import org.backroot.program.domain.FearLadderItem;
import org.backroot.safety.SafetyService;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
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
    private final Clock clock;

    FearLadderService(FearLadderRepository repository, SafetyService safety, Clock clock) {
        this.repository = repository;
        this.safety = safety;
        this.clock = clock;
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
        safety.requireProgramAllowed(userId);
        validate(activity, fear);
        StoredFearItem stored = new StoredFearItem(userId, FearLadderItem.of(Ids.newId(), activity.strip(), fear),
                org.backroot.shared.Timestamps.stored(clock.instant()));
        repository.insert(stored);
        return stored;
    }

    /** New words and fear rating; the progress made so far is kept. */
    @Transactional
    public StoredFearItem update(String userId, String id, String activity, Integer fear) {
        safety.requireProgramAllowed(userId);
        StoredFearItem current = find(userId, id);
        validate(activity, fear);
        FearLadderItem updated = current.item().rerated(activity.strip(), fear);
        repository.update(userId, updated);
        return new StoredFearItem(userId, updated, current.createdAt());
    }

    @Transactional
    public void delete(String userId, String id) {
        safety.requireProgramAllowed(userId);
        if (!repository.delete(userId, id)) throw notFound();
    }

    /** Exposures done so far, newest first, each with the gap between expected and actual pain. */
    public List<StoredExposure> exposures(String userId) {
        safety.requireProgramAllowed(userId);
        return repository.exposures(userId);
    }

    /**
     * Records an exposure (from the practice log) and moves the item on: a success when the pain was
     * no worse than expected, and the fear after as its latest fear. Unknown or someone else's item: 404.
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
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }
}
