package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.backroot.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PersonalClockApiContract} on PostgreSQL (the embedded server the repository tests share). */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class PersonalClockPostgresApiTest extends PersonalClockApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.useEmbeddedPostgres(registry, "personal_clock_api");
    }

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnPostgresql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }
}
