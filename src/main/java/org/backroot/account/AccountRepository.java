package org.backroot.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.Email;
import org.backroot.account.domain.PersonZone;
import org.backroot.account.domain.Role;
import org.backroot.shared.Timestamps;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their password hashes, in table app_user. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the account; false when the email is already taken (the unique index decides, so two racing sign-ups cannot both win). */
    boolean insert(Account account, String passwordHash) {
        return insert(account, passwordHash, PersonZone.UTC);
    }

    /** As {@link #insert(Account, String)}, with the person's time zone. */
    boolean insert(Account account, String passwordHash, PersonZone zone) {
        int rows = jdbc.sql("""
                INSERT INTO app_user (id, email, password_hash, display_name, roles, created_at, time_zone)
                VALUES (:id, :email, :hash, :name, :roles, :created, :zone)
                ON CONFLICT (email) DO NOTHING""")
                .param("id", account.id())
                .param("email", account.email().value())
                .param("hash", passwordHash)
                .param("name", account.displayName())
                .param("roles", rolesText(account.roles()))
                .param("created", Timestamps.format(account.createdAt()))
                .param("zone", zone.text())
                .update();
        return rows == 1;
    }

    Optional<Account> findById(String id) {
        return jdbc.sql("SELECT id, email, display_name, roles, created_at FROM app_user WHERE id = :id")
                .param("id", id).query(AccountRepository::toAccount).optional();
    }

    Optional<Account> findByEmail(Email email) {
        return jdbc.sql("SELECT id, email, display_name, roles, created_at FROM app_user WHERE email = :email")
                .param("email", email.value()).query(AccountRepository::toAccount).optional();
    }

    Optional<String> passwordHash(String id) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", id).query(String.class).optional();
    }

    /** Empty when the account no longer exists. */
    Optional<Long> credentialsVersion(String id) {
        return jdbc.sql("SELECT credentials_version FROM app_user WHERE id = :id").param("id", id).query(Long.class).optional();
    }

    /** Makes every instance look up this person's tokens and roles again. */
    void raiseCredentialsVersion(String id) {
        jdbc.sql("UPDATE app_user SET credentials_version = credentials_version + 1 WHERE id = :id").param("id", id).update();
    }

    void updatePasswordHash(String id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id").param("hash", passwordHash).param("id", id).update();
    }

    void updateRolesAndPassword(String id, Set<Role> roles, String passwordHash) {
        jdbc.sql("UPDATE app_user SET roles = :roles, password_hash = :hash, credentials_version = credentials_version + 1 WHERE id = :id")
                .param("roles", rolesText(roles)).param("hash", passwordHash).param("id", id).update();
    }

    void updateDisplayName(String id, String displayName) {
        jdbc.sql("UPDATE app_user SET display_name = :name WHERE id = :id").param("name", displayName).param("id", id).update();
    }

    /** Changes the sign-in email; false when another account has it (the unique index decides, so a race cannot win twice). */
    boolean updateEmail(String id, Email email) {
        if (findByEmail(email).filter(a -> !a.id().equals(id)).isPresent()) return false;
        try {
            jdbc.sql("UPDATE app_user SET email = :email WHERE id = :id").param("email", email.value()).param("id", id).update();
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /** Web sessions are found by the email they signed in with: they follow an email change. */
    void renameSessions(Email from, Email to) {
        jdbc.sql("UPDATE SPRING_SESSION SET PRINCIPAL_NAME = :to WHERE PRINCIPAL_NAME = :from")
                .param("to", to.value()).param("from", from.value()).update();
    }

    /** Signs this person out of every web session but {@code keepSessionId} (none kept when null); answers how many ended. */
    int endSessionsBut(Email email, String keepSessionId) {
        if (keepSessionId == null) {
            return jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email").param("email", email.value()).update();
        }
        return jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email AND SESSION_ID <> :keep")
                .param("email", email.value()).param("keep", keepSessionId).update();
    }

    /** When the account was switched off by an administrator; empty while it may sign in (or when it does not exist). */
    Optional<java.time.Instant> disabledAt(String id) {
        return jdbc.sql("SELECT disabled_at FROM app_user WHERE id = :id AND disabled_at IS NOT NULL").param("id", id)
                .query(String.class).optional().map(Timestamps::parse);
    }

    /** Switches sign-in off ({@code at} given) or on again ({@code at} null), and makes every instance look the account up again. */
    void setDisabledAt(String id, java.time.Instant at) {
        jdbc.sql("UPDATE app_user SET disabled_at = :at, credentials_version = credentials_version + 1 WHERE id = :id")
                .param("at", at == null ? null : Timestamps.format(at)).param("id", id).update();
    }

    /** One account with a role, and when it was disabled (null while it may sign in). */
    record WithDisabled(Account account, java.time.Instant disabledAt) {
    }

    /** Every account holding {@code role}, by name; with when each was disabled. */
    java.util.List<WithDisabled> withRole(Role role) {
        return jdbc.sql("SELECT id, email, display_name, roles, created_at, disabled_at FROM app_user WHERE roles LIKE :like "
                        + "ORDER BY display_name, email")
                .param("like", "%" + role.name() + "%")
                .query(AccountRepository::toWithDisabled)
                .list().stream().filter(w -> w.account().has(role)).toList();
    }

    Optional<WithDisabled> findWithDisabled(String id) {
        return jdbc.sql("SELECT id, email, display_name, roles, created_at, disabled_at FROM app_user WHERE id = :id")
                .param("id", id)
                .query(AccountRepository::toWithDisabled)
                .optional();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("SELECT roles FROM app_user").query(String.class).list().stream()
                .anyMatch(roles -> parseRoles(roles).contains(role));
    }

    private static Account toAccount(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Account(rs.getString("id"), new Email(rs.getString("email")), rs.getString("display_name"),
                parseRoles(rs.getString("roles")), Timestamps.parse(rs.getString("created_at")));
    }

    private static WithDisabled toWithDisabled(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String disabled = rs.getString("disabled_at");
        return new WithDisabled(toAccount(rs, row), disabled == null ? null : Timestamps.parse(disabled));
    }

    private static String rolesText(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Roles as stored (comma-separated names); also read for an access log's actors. */
    static Set<Role> parseRoles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
