package org.backroot.account;

import java.time.Clock;
import java.time.LocalDate;

import org.backroot.account.domain.AboutYou;
import org.backroot.account.domain.PersonZone;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and keeps the person's "about you" answers and time zone; safety, assessment and program read them from here. */
@Service
public class AboutYouService {

    private final PersonRepository people;
    private final PersonalClock personalClock;
    private final Clock clock;

    AboutYouService(PersonRepository people, PersonalClock personalClock, Clock clock) {
        this.people = people;
        this.personalClock = personalClock;
        this.clock = clock;
    }

    /** The person's answers; {@link AboutYou#UNANSWERED} before they gave any. */
    public AboutYou about(String userId) {
        return people.about(userId);
    }

    /**
     * Reads the answers from JSON or a form (every field optional; an age becomes a year of birth against the
     * person's own today) and keeps them in place of the earlier ones.
     *
     * @throws ValidationException naming each bad field
     */
    @Transactional
    public AboutYou answer(String userId, java.util.Map<String, ?> raw) {
        return save(userId, org.backroot.account.domain.AboutYouInput.read(raw, personalClock.today(userId)));
    }

    /** The person's time zone. */
    public PersonZone zone(String userId) {
        return new PersonZone(personalClock.zone(userId));
    }

    @Transactional
    public AboutYou save(String userId, AboutYou about) {
        LocalDate today = personalClock.today(userId);
        try {
            about.validOn(today);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("birthYear", e.getMessage());
        }
        people.saveAbout(userId, about, clock.instant());
        return people.about(userId);
    }

    @Transactional
    public PersonZone changeZone(String userId, String timeZone) {
        PersonZone zone;
        try {
            zone = PersonZone.of(timeZone);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("timeZone", e.getMessage());
        }
        if (!people.updateZone(userId, zone)) throw new NotFoundException("No such account");
        personalClock.forget(userId);
        return zone;
    }
}
