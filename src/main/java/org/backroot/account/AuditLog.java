package org.backroot.account;

import java.time.Clock;

import org.backroot.shared.Ids;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who read or changed whose data. Every read of someone else's data (a clinician, an admin) is
 * recorded here; so are security-relevant events on one's own account.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actorId, String subjectUserId, String action, String detail) {
        jdbc.sql("INSERT INTO audit_log (id, actor_id, subject_user_id, action, detail, at) VALUES (:id, :actor, :subject, :action, :detail, :at)")
                .param("id", Ids.newId()).param("actor", actorId).param("subject", subjectUserId)
                .param("action", action).param("detail", detail).param("at", Timestamps.format(clock.instant()))
                .update();
    }
}
