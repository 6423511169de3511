package org.backroot.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.backroot.account.domain.PersonZone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
    /**
     * Every check-in, plan and page asks for the zone; on SQLite, without this each would spend a query on the one
     * connection that writes need. SQLite is one file used by one instance, which forgets the zone when it changes, so
     * the remembered zone is never out of date. On PostgreSQL several instances may share the database and a change
     * made on one must move "today" on all of them at once: there the zone is read each time (by primary key, from a
     * pool), and nothing is remembered.
     */
    private final ExpiringCache<String, ZoneId> zones;
    static final Duration ZONE_TTL = Duration.ofMinutes(1);

    @Autowired
    PersonalClock(PersonRepository people, Clock clock, @Value("${spring.datasource.url:}") String jdbcUrl) {
        this(people, clock, zoneCacheTtl(jdbcUrl));
    }

    PersonalClock(PersonRepository people, Clock clock, Duration zoneCacheTtl) {
        this.people = people;
        this.clock = clock;
        this.zones = new ExpiringCache<>(zoneCacheTtl, System::nanoTime);
    }

    /** {@link #ZONE_TTL} for the embedded SQLite database (one instance), none for a database instances may share. */
    static Duration zoneCacheTtl(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:sqlite:") ? ZONE_TTL : Duration.ZERO;
    }

    public ZoneId zone(String userId) {
        return zones.get(userId).orElseGet(() -> {
            ZoneId zone = people.zone(userId).orElse(PersonZone.UTC).id();
            zones.put(userId, zone);
            return zone;
        });
    }

    /** Forgets the remembered zone after the person changed it. */
    void forget(String userId) {
        zones.remove(userId);
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
