package org.backroot.program;

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

/** The course API on PostgreSQL (the shared embedded test server, a schema of its own). */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class CourseApiPostgresTest extends CourseApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.useEmbeddedPostgres(registry, "course_api");
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
