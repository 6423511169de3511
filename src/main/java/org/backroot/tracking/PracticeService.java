package org.backroot.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backroot.account.PersonalClock;
import org.backroot.shared.ConflictException;
import org.backroot.shared.DurableEvents;
import org.backroot.shared.GroupCommitter;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.shared.Timestamps;
import org.backroot.tracking.domain.PracticeEntry;
import org.backroot.web.domain.ValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The practice log: what a person did (or stopped), how it felt, and for fear-ladder steps what they
 * expected against what happened. Inserts go through the {@link GroupCommitter}; an idempotency key
 * makes a retried POST return the first entry instead of logging it twice.
 */
@Service
public class PracticeService {

    /** The HTTP header that carries the client's idempotency key; also the field named when it is malformed. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_KEY = 200;

    /** The stored entry, and whether this call created it (false: a retry with a key already used). */
    public record LogResult(LoggedPractice practice, boolean created) {
    }

    private final PracticeLogRepository practice;
    private final GroupCommitter writes;
    private final ObjectProvider<ActivityCatalog> activities;
    private final DurableEvents events;
    private final Clock clock;
    private final PersonalClock personalClock;

    PracticeService(PracticeLogRepository practice, GroupCommitter writes, ObjectProvider<ActivityCatalog> activities,
            DurableEvents events, Clock clock, PersonalClock personalClock) {
        this.practice = practice;
        this.writes = writes;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
        this.personalClock = personalClock;
    }

    /**
     * Validates and logs one practice entry. With an {@code idempotencyKey} already used by this person, returns
     * the entry stored then (created = false) and writes nothing; the same key with different content is a 409.
     *
     * @throws ValidationException naming each bad field; {@code activityId} when no such activity exists,
     *                             {@value #IDEMPOTENCY_KEY} when the key is malformed
     * @throws ConflictException   when the key was used for a different entry
     */
    public LogResult log(String userId, Map<String, ?> raw, String idempotencyKey) {
        String key = key(idempotencyKey);
        PracticeEntry entry = PracticeEntry.fromMap(raw, personalClock.today(userId));
        if (key != null) {
            var earlier = practice.findByKey(userId, key);
            if (earlier.isPresent()) return replay(earlier.get(), entry);
        }
        ActivityCatalog catalog = activities.getIfAvailable();
        if (catalog != null && !catalog.exists(entry.activityId())) {
            throw new ValidationException(PracticeEntry.ACTIVITY_ID, "is not an activity in the library; see GET /api/v1/activities for the ids");
        }
        LoggedPractice fresh = new LoggedPractice(Ids.newId(), entry, Timestamps.stored(clock.instant()));
        Stored stored = writes.submit(() -> practice.insert(userId, fresh, key)
                ? new Stored(fresh, events.record(new PracticeLogged(userId, fresh.id(), entry.date(), entry.activityId())))
                : new Stored(practice.findByKey(userId, key).orElseThrow(), null)); // a concurrent retry with the same key won the race
        if (stored.event() == null) return replay(stored.practice(), entry);
        events.deliver(stored.event());
        return new LogResult(stored.practice(), true);
    }

    /** One entry; someone else's id is not found, like a missing one. */
    public LoggedPractice get(String userId, String id) {
        return practice.find(userId, id).orElseThrow(() -> new NotFoundException("No such practice entry"));
    }

    /**
     * Entries dated {@code from} to {@code to} (both included), oldest first; nulls as in {@link CheckInService#list}.
     */
    public List<LoggedPractice> list(String userId, LocalDate from, LocalDate to) {
        DateRange range = DateRange.of(from, to, personalClock.today(userId));
        return practice.list(userId, range.from(), range.to());
    }

    /** The last {@code days} days of practice up to and including today, oldest first (for adherence and adaptation). */
    public List<LoggedPractice> history(String userId, int days) {
        if (days < 1 || days > DateRange.MAX_DAYS) throw new IllegalArgumentException("days must be from 1 to " + DateRange.MAX_DAYS);
        LocalDate today = personalClock.today(userId);
        return practice.list(userId, today.minusDays(days - 1L), today);
    }

    /** What one unit of work stored: the entry, and its event when this call created it. */
    private record Stored(LoggedPractice practice, DurableEvents.Published event) {
    }

    private static LogResult replay(LoggedPractice earlier, PracticeEntry retried) {
        if (!earlier.entry().equals(retried)) {
            throw new ConflictException("Idempotency key already used",
                    "This " + IDEMPOTENCY_KEY + " was already used for a different practice entry; use a new key for a new entry.");
        }
        return new LogResult(earlier, false);
    }

    private static String key(String given) {
        if (given == null || given.isBlank()) return null;
        String key = given.strip();
        if (key.length() > MAX_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ValidationException(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY + " visible ASCII characters, such as a UUID");
        }
        return key;
    }
}
