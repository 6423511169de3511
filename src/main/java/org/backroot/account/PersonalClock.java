package org.backroot.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.backroot.account.domain.PersonZone;
import org.springframework.stereotype.Service;

/**
 * The person's own clock: "today" is the date in their time zone, never the server's or UTC's. Every
 * service that needs a person's today, the start of their day or the date of an instant asks here.
 * Instants themselves come from the one application {@link Clock} and are stored in UTC.
 */
@Service
public class PersonalClock {

    private final PersonRepository people;
    private final Clock clock;

    PersonalClock(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    public ZoneId zone(String userId) {
        return people.zone(userId).orElse(PersonZone.UTC).id();
    }

    /** The person's date now. */
    public LocalDate today(String userId) {
        return LocalDate.ofInstant(clock.instant(), zone(userId));
    }

    /** The date an instant fell on for this person. */
    public LocalDate dateOf(String userId, Instant instant) {
        return LocalDate.ofInstant(instant, zone(userId));
    }

    /** The instant the person's day began. */
    public Instant startOf(String userId, LocalDate day) {
        return day.atStartOfDay(zone(userId)).toInstant();
    }

    public Instant now() {
        return clock.instant();
    }
}
