package org.backroot.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backroot.account.PersonalClock;
import org.backroot.safety.SafetyService;
import org.backroot.safety.domain.Symptom;
import org.backroot.shared.DurableEvents;
import org.backroot.shared.GroupCommitter;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.FlareDetector;
import org.backroot.tracking.domain.FlareCall;
import org.backroot.tracking.domain.FlareEvidence;
import org.backroot.tracking.domain.NewSymptom;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;

/**
 * The daily check-in: one per person and day, written through the {@link GroupCommitter} so that many
 * people checking in at once share disk syncs, and answered only once it is durable.
 */
@Service
public class CheckInService {

    private final CheckInRepository checkIns;
    private final GroupCommitter writes;
    private final SafetyService safety;
    private final DurableEvents events;
    private final FlareDetector flares;
    private final FlareAnswerRepository answers;
    private final Clock clock;
    private final PersonalClock personalClock;

    CheckInService(CheckInRepository checkIns, GroupCommitter writes, SafetyService safety, DurableEvents events,
            FlareDetector flares, FlareAnswerRepository answers, Clock clock, PersonalClock personalClock) {
        this.checkIns = checkIns;
        this.writes = writes;
        this.safety = safety;
        this.events = events;
        this.flares = flares;
        this.answers = answers;
        this.clock = clock;
        this.personalClock = personalClock;
    }

    /**
     * Validates and stores the check-in for {@code date} (null when the caller could not read a date: reported
     * on field {@code date}), replacing any earlier one for that day. Repeating the same request writes nothing.
     * Red-flag symptoms not already reported for that day re-run safety in the same transaction, so the check-in
     * and the safety report are saved together or not at all.
     *
     * @throws ValidationException naming every bad field; {@code date} when after the person's own today (in their
     *                             time zone) or more than 60 days before it
     */
    public CheckIn save(String userId, LocalDate date, Map<String, ?> raw) {
        LocalDate today = today(userId);
        CheckIn checkIn = CheckIn.fromMap(raw, date, today);
        Set<NewSymptom> redFlags = checkIn.redFlagSymptoms();
        // The flare call reads the baseline inside the same unit of work, on the writer's connection, instead of
        // queueing for the single SQLite connection again after the commit. The event commits with the check-in,
        // so a crash before its listeners ran loses nothing: it is delivered again at start-up.
        DurableEvents.Published recorded = writes.submit(() -> {
            Set<NewSymptom> newlyReported = EnumSet.noneOf(NewSymptom.class);
            if (!redFlags.isEmpty()) { // rare: only then is the earlier version worth reading
                newlyReported.addAll(redFlags);
                checkIns.find(userId, checkIn.date()).ifPresent(before -> newlyReported.removeAll(before.redFlagSymptoms()));
            }
            if (!checkIns.upsert(userId, checkIn, clock.instant())) return null;
            if (!newlyReported.isEmpty()) safety.reportSymptoms(userId, checkIn.date(), safetyCodes(newlyReported));
            boolean flare = isRecent(checkIn.date(), today) ? isFlare(userId, checkIn) : checkIn.flare();
            return events.record(new CheckInRecorded(userId, checkIn.date(), checkIn.pain(), flare));
        });
        if (recorded != null) events.deliver(recorded);
        return checkIn;
    }

    /** The check-in for one day, if there is one. */
    public Optional<CheckIn> find(String userId, LocalDate date) {
        return checkIns.find(userId, date);
    }

    /**
     * Check-ins from {@code from} to {@code to} (both included), oldest first. Null {@code to} means today,
     * null {@code from} the 30 days ending at {@code to}.
     *
     * @throws ValidationException on {@code from} when it is after {@code to}, on {@code to} when the range exceeds 366 days
     */
    public List<CheckIn> list(String userId, LocalDate from, LocalDate to) {
        DateRange range = DateRange.of(from, to, today(userId));
        return checkIns.list(userId, range.from(), range.to());
    }

    /** The last {@code days} days of check-ins up to and including today, oldest first (for baselines and flares). */
    public List<CheckIn> history(String userId, int days) {
        if (days < 1 || days > DateRange.MAX_DAYS) throw new IllegalArgumentException("days must be from 1 to " + DateRange.MAX_DAYS);
        LocalDate today = today(userId);
        return checkIns.list(userId, today.minusDays(days - 1L), today);
    }

    /** The flare detector with the configured thresholds, for callers that assess days themselves. */
    public FlareDetector flareDetector() {
        return flares;
    }

    /** The person's own date now, in their time zone. */
    public LocalDate today(String userId) {
        return personalClock.today(userId);
    }

    /**
     * Only today's and yesterday's check-ins can start or end a flare phase, so only they are worth the baseline
     * read; a day filled in later carries the person's own flare mark. This keeps back-filling (and the
     * write path under load) to one statement per check-in.
     */
    private static boolean isRecent(LocalDate date, LocalDate today) {
        return !date.isBefore(today.minusDays(1));
    }

    /** The day as the flare definition sees it, with any answers to "Is this a flare?" in the window. */
    private boolean isFlare(String userId, CheckIn checkIn) {
        LocalDate from = checkIn.date().minusDays(flares.thresholds().baselineDays() + flares.thresholds().sustainedDays());
        Map<LocalDate, Boolean> answered = answers.between(userId, from, checkIn.date());
        List<FlareEvidence> evidence = new ArrayList<>();
        for (CheckIn c : checkIns.list(userId, from, checkIn.date())) evidence.add(FlareEvidence.of(c, answered.get(c.date())));
        return flares.assess(checkIn.date(), evidence).map(FlareCall::flare).orElse(checkIn.flare());
    }

    private static List<String> safetyCodes(Set<NewSymptom> symptoms) {
        return symptoms.stream().flatMap(s -> s.safetySymptom().stream()).map(Symptom::code).toList();
    }
}
