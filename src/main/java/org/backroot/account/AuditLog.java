package org.backroot.account;

import java.time.Clock;

import org.backroot.shared.Ids;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who read or changed whose data. Every read of someone else's data (a clinician, an admin) is
 * recorded here; so are security-relevant events on one's own account. An event about a person goes to
 * {@code audit_log}, keyed by that person like all their data and erased with their account; an event about no
 * account (a failed sign-in with an email nobody uses) goes to {@code system_audit_log}.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an event; {@code subjectUserId} is the person it is about, or null when it is about no account. */
    public void record(String actorId, String subjectUserId, String action, String detail) {
        var insert = subjectUserId == null
                ? jdbc.sql("INSERT INTO system_audit_log (id, actor_id, action, detail, at) VALUES (:id, :actor, :action, :detail, :at)")
                : jdbc.sql("INSERT INTO audit_log (id, actor_id, user_id, action, detail, at) VALUES (:id, :actor, :subject, :action, :detail, :at)")
                        .param("subject", subjectUserId);
        insert.param("id", Ids.newId()).param("actor", actorId).param("action", action).param("detail", detail)
                .param("at", Timestamps.format(clock.instant())).update();
    }
}
