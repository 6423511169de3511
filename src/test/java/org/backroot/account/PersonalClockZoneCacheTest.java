package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The person's zone is remembered only where one instance owns the database (see TwoInstancesTest for PostgreSQL). */
class PersonalClockZoneCacheTest {

    @Test
    void theEmbeddedSqliteDatabaseRemembersTheZoneForAMinute() {
        assertThat(PersonalClock.zoneCacheTtl("jdbc:sqlite:/srv/backroot/backroot.db?journal_mode=WAL")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aDatabaseSeveralInstancesMayShareRemembersNothing() {
        assertThat(PersonalClock.zoneCacheTtl("jdbc:postgresql://db:5432/backroot")).isZero();
        assertThat(PersonalClock.zoneCacheTtl("")).isZero();
        assertThat(PersonalClock.zoneCacheTtl(null)).isZero();
    }
}
