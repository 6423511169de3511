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

@BackrootAppTest
@Import(PinnedClock.Config.class)
class AccountSecurityPostgresApiTest extends AccountSecurityApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.useEmbeddedPostgres(registry, "account_security_api");
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
