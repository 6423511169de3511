package org.backroot.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens. Only a SHA-256 hash of each token is stored. */
@Repository
class AccessTokenRepository {

    record TokenRow(String id, String userId, String name, Instant createdAt, Instant lastUsedAt) {
    }

    private final JdbcClient jdbc;

    AccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TokenRow token, String tokenHash) {
        jdbc.sql("INSERT INTO access_token (id, user_id, name, token_hash, created_at) VALUES (:id, :user, :name, :hash, :created)")
                .param("id", token.id()).param("user", token.userId()).param("name", token.name())
                .param("hash", tokenHash).param("created", Timestamps.format(token.createdAt())).update();
    }

    List<TokenRow> listFor(String userId) {
        return jdbc.sql("SELECT id, user_id, name, created_at, last_used_at FROM access_token WHERE user_id = :user ORDER BY created_at DESC")
                .param("user", userId).query(AccessTokenRepository::toRow).list();
    }

    Optional<String> userIdForHash(String tokenHash) {
        return jdbc.sql("SELECT user_id FROM access_token WHERE token_hash = :hash").param("hash", tokenHash).query(String.class).optional();
    }

    /** Deletes the token only if it belongs to this user; false otherwise (someone else's id looks like a missing one). */
    boolean delete(String userId, String id) {
        return jdbc.sql("DELETE FROM access_token WHERE id = :id AND user_id = :user").param("id", id).param("user", userId).update() == 1;
    }

    /** Deletes every token of this person but the one with {@code keepHash} (none kept when null); answers how many went. */
    int deleteAllBut(String userId, String keepHash) {
        if (keepHash == null) return jdbc.sql("DELETE FROM access_token WHERE user_id = :user").param("user", userId).update();
        return jdbc.sql("DELETE FROM access_token WHERE user_id = :user AND token_hash <> :keep")
                .param("user", userId).param("keep", keepHash).update();
    }

    private static TokenRow toRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new TokenRow(rs.getString("id"), rs.getString("user_id"), rs.getString("name"),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("last_used_at")));
    }
}
