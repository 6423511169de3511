package org.backroot.account;

import java.util.List;
import java.util.Set;

import org.backroot.account.domain.AccessEntry;
import org.backroot.account.domain.Role;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of a person's {@code audit_log} that someone else wrote (a clinician's read, an administrator's change),
 * newest first, with the actor's name and roles as they are now. The person's own events (a token issued, a password
 * changed) and events with no actor (a failed sign-in) are not in it.
 */
@Repository
class AccessLogRepository {

    private final JdbcClient jdbc;

    AccessLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@code limit} entries after skipping {@code offset}, newest first. */
    List<AccessEntry> page(String userId, int offset, int limit) {
        return jdbc.sql("""
                SELECT a.at, a.action, a.detail, u.display_name, u.roles
                FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
                WHERE a.user_id = :user AND a.actor_id IS NOT NULL AND a.actor_id <> :user
                ORDER BY a.at DESC, a.id DESC
                LIMIT :limit OFFSET :offset""")
                .param("user", userId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AccessEntry(Timestamps.parse(rs.getString("at")), rs.getString("display_name"),
                        roles(rs.getString("roles")), rs.getString("action"), rs.getString("detail")))
                .list();
    }

    /** An actor whose account was deleted has no roles any more. */
    private static Set<Role> roles(String text) {
        return text == null ? Set.of() : AccountRepository.parseRoles(text);
    }
}
