package org.backroot.account;

import java.time.Instant;
import java.util.Optional;

import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Password reset links (table password_reset): only a SHA-256 of each link's secret is stored. */
@Repository
class PasswordResetRepository {

    private final JdbcClient jdbc;

    PasswordResetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        jdbc.sql("INSERT INTO password_reset (user_id, token_hash, created_at, expires_at) VALUES (:user, :hash, :created, :expires)")
                .param("user", userId).param("hash", tokenHash).param("created", Timestamps.format(createdAt))
                .param("expires", Timestamps.format(expiresAt)).update();
    }

    /** The person a link is for, while it is unused and not expired at {@code now}. */
    Optional<String> usableBy(String tokenHash, Instant now) {
        return jdbc.sql("SELECT user_id FROM password_reset WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .param("hash", tokenHash).param("now", Timestamps.format(now)).query(String.class).optional();
    }

    /** Marks the link used; false when it was already used or has expired (only one of two racing uses wins). */
    boolean use(String userId, String tokenHash, Instant now) {
        return jdbc.sql("UPDATE password_reset SET used_at = :now WHERE user_id = :user AND token_hash = :hash AND used_at IS NULL AND expires_at > :now")
                .param("now", Timestamps.format(now)).param("user", userId).param("hash", tokenHash).update() == 1;
    }

    /** After a reset, every other link of the person stops working too; expired ones are dropped. */
    void retireAll(String userId, Instant now) {
        jdbc.sql("UPDATE password_reset SET used_at = :now WHERE user_id = :user AND used_at IS NULL")
                .param("now", Timestamps.format(now)).param("user", userId).update();
        jdbc.sql("DELETE FROM password_reset WHERE user_id = :user AND expires_at <= :now")
                .param("user", userId).param("now", Timestamps.format(now)).update();
    }
}
