package org.backroot.care;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backroot.care.domain.Scopes;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitation codes, stored as hashes; found by hash when a clinician redeems one. */
@Repository
class CareInvitationRepository {

    record StoredInvitation(String personId, String id, Scopes scopes, Instant createdAt, Instant expiresAt, Instant usedAt) {
    }

    private final JdbcClient jdbc;

    CareInvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String personId, String id, String codeHash, Scopes scopes, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO care_invitation (user_id, id, code_hash, scopes, created_at, expires_at)
                VALUES (:user, :id, :hash, :scopes, :created, :expires)""")
                .param("user", personId).param("id", id).param("hash", codeHash).param("scopes", scopes.storedForm())
                .param("created", Timestamps.format(createdAt)).param("expires", Timestamps.format(expiresAt)).update();
    }

    /** The unused invitations with this code hash (one, unless two codes ever collide). */
    List<StoredInvitation> unusedByHash(String codeHash) {
        return jdbc.sql("""
                SELECT user_id, id, scopes, created_at, expires_at, used_at FROM care_invitation
                WHERE code_hash = :hash AND used_at IS NULL""")
                .param("hash", codeHash).query(CareInvitationRepository::row).list();
    }

    /** Marks it used; false when someone used it first (a code is redeemed once, whatever the race). */
    boolean markUsed(String personId, String id, String clinicianId, Instant at) {
        return jdbc.sql("""
                UPDATE care_invitation SET used_at = :at, used_by = :clinician
                WHERE user_id = :user AND id = :id AND used_at IS NULL""")
                .param("at", Timestamps.format(at)).param("clinician", clinicianId).param("user", personId).param("id", id).update() == 1;
    }

    /** The person's invitations that can still be redeemed, newest first. */
    List<StoredInvitation> open(String personId, Instant now) {
        return jdbc.sql("""
                SELECT user_id, id, scopes, created_at, expires_at, used_at FROM care_invitation
                WHERE user_id = :user AND used_at IS NULL AND expires_at > :now ORDER BY created_at DESC, id""")
                .param("user", personId).param("now", Timestamps.format(now)).query(CareInvitationRepository::row).list();
    }

    boolean delete(String personId, String id) {
        return jdbc.sql("DELETE FROM care_invitation WHERE user_id = :user AND id = :id AND used_at IS NULL")
                .param("user", personId).param("id", id).update() == 1;
    }

    Optional<StoredInvitation> find(String personId, String id) {
        return jdbc.sql("SELECT user_id, id, scopes, created_at, expires_at, used_at FROM care_invitation WHERE user_id = :user AND id = :id")
                .param("user", personId).param("id", id).query(CareInvitationRepository::row).optional();
    }

    private static StoredInvitation row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String used = rs.getString(6);
        return new StoredInvitation(rs.getString(1), rs.getString(2), Scopes.stored(rs.getString(3)), Timestamps.parse(rs.getString(4)),
                Timestamps.parse(rs.getString(5)), used == null ? null : Timestamps.parse(used));
    }
}
