package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.Email;
import org.backroot.account.domain.Role;
import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PersonalDataRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsEveryTableKeyedByPersonAndDeletesThemAllWithTheAccount(Database db) {
        var accounts = new AccountRepository(db.jdbc());
        var data = new PersonalDataRepository(db.jdbc(), db.dataSource());
        Account ann = new Account(Ids.newId(), new Email("ann@example.org"), "Ann", Set.of(Role.PERSON), Instant.parse("2026-11-01T10:00:00Z"));
        accounts.insert(ann, "h");
        new AccessTokenRepository(db.jdbc()).insert(new AccessTokenRepository.TokenRow(Ids.newId(), ann.id(), "phone", Instant.now(), null), "hash-1");

        assertThat(data.personalTables()).contains("access_token", "instrument_response", "self_test", "safety_clearance", "onboarding_skip")
                .doesNotContain("app_user", "flyway_schema_history");
        assertThat(data.rows("access_token", ann.id())).hasSize(1);

        data.deleteAccount(ann.id(), "ann@example.org");

        assertThat(accounts.findById(ann.id())).isEmpty();
        assertThat(data.rows("access_token", ann.id())).isEmpty();
    }
}
