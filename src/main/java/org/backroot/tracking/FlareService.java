package org.backroot.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backroot.account.PersonalClock;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.FlareCall;
import org.backroot.tracking.domain.FlareDetector;
import org.backroot.tracking.domain.FlareEvidence;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backroot's one definition of a flare ({@link FlareDetector}) applied to a person's check-ins and their answers
 * to "Is this a flare?". Charts, plan switches, episodes and the flare risk read flares from here.
 */
@Service
public class FlareService {

    private final CheckInRepository checkIns;
    private final FlareAnswerRepository answers;
    private final FlareDetector detector;
    private final Clock clock;
    private final PersonalClock personalClock;

    FlareService(CheckInRepository checkIns, FlareAnswerRepository answers, FlareDetector detector, Clock clock,
            PersonalClock personalClock) {
        this.checkIns = checkIns;
        this.answers = answers;
        this.detector = detector;
        this.clock = clock;
        this.personalClock = personalClock;
    }

    /** The definition with the configured thresholds. */
    public FlareDetector detector() {
        return detector;
    }

    /** What the definition needs for the days {@code from} to {@code to}: check-ins with any answers. */
    public List<FlareEvidence> evidence(String userId, LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> answered = answers.between(userId, from, to);
        List<FlareEvidence> evidence = new ArrayList<>();
        for (CheckIn c : checkIns.list(userId, from, to)) evidence.add(FlareEvidence.of(c, answered.get(c.date())));
        return evidence;
    }

    /** The call for one day, empty when the person did not check in that day. */
    public Optional<FlareCall> call(String userId, LocalDate date) {
        return detector.assess(date, evidence(userId, lookBackFrom(date), date));
    }

    /** Flare days from {@code from} to {@code to} (see {@link FlareDetector#flareDays}). */
    public Set<LocalDate> flareDays(String userId, LocalDate from, LocalDate to) {
        Set<LocalDate> days = detector.flareDays(evidence(userId, lookBackFrom(from), to));
        days.removeIf(d -> d.isBefore(from) || d.isAfter(to));
        return days;
    }

    /**
     * Records the person's answer to "Is this a flare?" for a day they checked in on, today or within the last
     * {@link #ANSWER_DAYS} days.
     *
     * @throws ValidationException on {@code date} without a check-in or out of range, on {@code answer} when missing
     */
    @Transactional
    public FlareCall answer(String userId, LocalDate date, Boolean isFlare) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = personalClock.today(userId);
        if (date == null || date.isAfter(today) || date.isBefore(today.minusDays(ANSWER_DAYS))) {
            errors.add(new FieldError("date", "must be today or one of the " + ANSWER_DAYS + " days before, as YYYY-MM-DD"));
        } else if (checkIns.find(userId, date).isEmpty()) {
            errors.add(new FieldError("date", "must be a day you checked in on"));
        }
        if (isFlare == null) errors.add(new FieldError("answer", "must be yes or no"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        answers.save(userId, date, isFlare, clock.instant());
        return call(userId, date).orElseThrow();
    }

    /** How many days back an answer may be given. */
    public static final int ANSWER_DAYS = 1;

    private LocalDate lookBackFrom(LocalDate date) {
        return date.minusDays(detector.thresholds().baselineDays() + detector.thresholds().sustainedDays());
    }
}
