package org.backroot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole-application tests really run on the database the build asked for, in each of its two test runs. */
@BackrootAppTest
class DatabaseUnderTestTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationRunsOnTheDatabaseTheTestRunAskedFor() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName())
                .isEqualTo(DatabaseUnderTest.postgresql() ? "PostgreSQL" : "SQLite");
        }
    }
}
