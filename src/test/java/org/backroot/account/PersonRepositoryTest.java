package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.backroot.account.domain.AboutYou;
import org.backroot.account.domain.Account;
import org.backroot.account.domain.Email;
import org.backroot.account.domain.PersonZone;
import org.backroot.account.domain.Role;
import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PersonRepositoryTest {

    static java.util.stream.Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static String newAccount(Database db) {
        Account a = new Account(Ids.newId(), new Email(Ids.newId() + "@example.org"), "Ann", Set.of(Role.PERSON),
                Instant.parse("2026-11-01T10:00:00.123Z"));
        new AccountRepository(db.jdbc()).insert(a, "h");
        return a.id();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNewAccountIsOnUtcUntilItsTimeZoneIsChanged(Database db) {
        var repo = new PersonRepository(db.jdbc());
        String id = newAccount(db);
        assertThat(repo.zone(id)).contains(PersonZone.UTC);

        assertThat(repo.updateZone(id, PersonZone.of("America/Denver"))).isTrue();
        assertThat(repo.zone(id)).contains(PersonZone.of("America/Denver"));
        assertThat(repo.zone("no-such-id")).isEmpty();
        assertThat(repo.updateZone("no-such-id", PersonZone.UTC)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsAboutYouAnswersAndReplacesThemWhenSavedAgain(Database db) {
        var repo = new PersonRepository(db.jdbc());
        String id = newAccount(db);
        assertThat(repo.about(id)).isEqualTo(AboutYou.UNANSWERED);

        AboutYou first = new AboutYou(1970, AboutYou.Sex.FEMALE, AboutYou.Pregnancy.NO, true, null);
        repo.saveAbout(id, first, Instant.parse("2026-11-02T10:00:00Z"));
        assertThat(repo.about(id)).isEqualTo(first);

        AboutYou second = new AboutYou(null, null, AboutYou.Pregnancy.RECENTLY_GAVE_BIRTH, false, true);
        repo.saveAbout(id, second, Instant.parse("2026-11-03T10:00:00Z"));
        assertThat(repo.about(id)).isEqualTo(second);
    }
}
