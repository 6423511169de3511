package org.backroot.account;

import java.time.Instant;
import java.util.Optional;

import org.backroot.account.domain.SignInThrottle;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins per key (tables sign_in_throttle and sign_in_notice), shared by every instance. */
@Repository
class SignInThrottleRepository {

    /** What the owner of an account has not been told yet. */
    record Unreported(int failures, int throttled, Instant firstAt) {
    }

    /** What a person is told at their next sign-in. */
    record Notice(int failedAttempts, int throttledAttempts, Instant firstAt, Instant lastAt) {
    }

    private final JdbcClient jdbc;

    SignInThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SignInThrottle.State> find(String key) {
        return jdbc.sql("SELECT failures, last_failure_at, locked_until FROM sign_in_throttle WHERE throttle_key = :key")
                .param("key", key)
                .query((rs, n) -> new SignInThrottle.State(rs.getInt(1), Timestamps.parse(rs.getString(2)),
                        rs.getString(3) == null ? null : Timestamps.parse(rs.getString(3))))
                .optional();
    }

    /** Stores the state after a failure; {@code unreported} also counts it for the account's owner. */
    void saveFailure(String key, SignInThrottle.State state, boolean unreported, Instant now) {
        int add = unreported ? 1 : 0;
        jdbc.sql("""
                INSERT INTO sign_in_throttle (throttle_key, failures, last_failure_at, locked_until, unreported_failures, unreported_throttled, first_unreported_at)
                VALUES (:key, :failures, :last, :locked, :add, 0, :first)
                ON CONFLICT (throttle_key) DO UPDATE SET failures = :failures, last_failure_at = :last, locked_until = :locked,
                    unreported_failures = sign_in_throttle.unreported_failures + :add,
                    first_unreported_at = COALESCE(sign_in_throttle.first_unreported_at, :first)
                """)
                .param("key", key).param("failures", state.failures()).param("last", Timestamps.format(state.lastFailureAt()))
                .param("locked", state.lockedUntil() == null ? null : Timestamps.format(state.lockedUntil()))
                .param("add", add).param("first", unreported ? Timestamps.format(now) : null)
                .update();
    }

    /** Counts an attempt refused without checking the password, for the account's owner. */
    void countThrottled(String key, Instant now) {
        jdbc.sql("""
                UPDATE sign_in_throttle SET unreported_throttled = unreported_throttled + 1,
                    first_unreported_at = COALESCE(first_unreported_at, :now) WHERE throttle_key = :key
                """).param("key", key).param("now", Timestamps.format(now)).update();
    }

    /** Forgets the key's failures and hands back what its owner has not been told. */
    Optional<Unreported> clear(String key) {
        Optional<Unreported> unreported = jdbc.sql("""
                SELECT unreported_failures, unreported_throttled, first_unreported_at FROM sign_in_throttle
                WHERE throttle_key = :key AND (unreported_failures > 0 OR unreported_throttled > 0)
                """).param("key", key)
                .query((rs, n) -> new Unreported(rs.getInt(1), rs.getInt(2), Timestamps.parse(rs.getString(3))))
                .optional();
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :key").param("key", key).update();
        return unreported;
    }

    void addNotice(String userId, Unreported unreported, Instant now) {
        jdbc.sql("""
                INSERT INTO sign_in_notice (user_id, failed_attempts, throttled_attempts, first_at, last_at)
                VALUES (:user, :failed, :throttled, :first, :last)
                ON CONFLICT (user_id) DO UPDATE SET failed_attempts = sign_in_notice.failed_attempts + :failed,
                    throttled_attempts = sign_in_notice.throttled_attempts + :throttled, last_at = :last
                """)
                .param("user", userId).param("failed", unreported.failures()).param("throttled", unreported.throttled())
                .param("first", Timestamps.format(unreported.firstAt())).param("last", Timestamps.format(now))
                .update();
    }

    Optional<Notice> notice(String userId) {
        return jdbc.sql("SELECT failed_attempts, throttled_attempts, first_at, last_at FROM sign_in_notice WHERE user_id = :user")
                .param("user", userId)
                .query((rs, n) -> new Notice(rs.getInt(1), rs.getInt(2), Timestamps.parse(rs.getString(3)), Timestamps.parse(rs.getString(4))))
                .optional();
    }

    boolean dismissNotice(String userId) {
        return jdbc.sql("DELETE FROM sign_in_notice WHERE user_id = :user").param("user", userId).update() > 0;
    }
}
