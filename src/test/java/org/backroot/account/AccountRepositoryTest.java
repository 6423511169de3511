package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.Email;
import org.backroot.account.domain.Role;
import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccountRepositoryTest {

    static java.util.stream.Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static Account account(String email) {
        return new Account(Ids.newId(), new Email(email), "Ann", Set.of(Role.PERSON), Instant.parse("2026-11-01T10:00:00.123Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAndFindsAnAccountByIdAndEmail(Database db) {
        var repo = new AccountRepository(db.jdbc());
        Account ann = account("ann@example.org");
        assertThat(repo.insert(ann, "{bcrypt}hash")).isTrue();

        assertThat(repo.findById(ann.id())).contains(ann);
        assertThat(repo.findByEmail(new Email("ANN@example.org"))).contains(ann);
        assertThat(repo.passwordHash(ann.id())).contains("{bcrypt}hash");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void refusesASecondAccountWithTheSameEmail(Database db) {
        var repo = new AccountRepository(db.jdbc());
        assertThat(repo.insert(account("bob@example.org"), "h1")).isTrue();
        assertThat(repo.insert(account("bob@example.org"), "h2")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void grantsRolesAndKnowsWhetherAnAdminExists(Database db) {
        var repo = new AccountRepository(db.jdbc());
        Account cat = account("cat@example.org");
        repo.insert(cat, "h");
        assertThat(repo.anyWithRole(Role.ADMIN)).isFalse();

        repo.updateRolesAndPassword(cat.id(), Set.of(Role.PERSON, Role.ADMIN), "h2");

        assertThat(repo.anyWithRole(Role.ADMIN)).isTrue();
        assertThat(repo.findById(cat.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.PERSON, Role.ADMIN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletesATokenOnlyForItsOwner(Database db) {
        var accounts = new AccountRepository(db.jdbc());
        var tokens = new AccessTokenRepository(db.jdbc());
        Account owner = account("dan@example.org");
        Account other = account("eve@example.org");
        accounts.insert(owner, "h");
        accounts.insert(other, "h");
        var row = new AccessTokenRepository.TokenRow(Ids.newId(), owner.id(), "phone", Instant.parse("2026-11-01T10:00:00Z"), null);
        tokens.insert(row, "abc123");

        assertThat(tokens.userIdForHash("abc123")).contains(owner.id());
        assertThat(tokens.delete(other.id(), row.id())).isFalse();
        assertThat(tokens.listFor(owner.id())).extracting(AccessTokenRepository.TokenRow::name).containsExactly("phone");
        assertThat(tokens.delete(owner.id(), row.id())).isTrue();
        assertThat(tokens.userIdForHash("abc123")).isEmpty();
    }
}
