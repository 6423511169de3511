package org.backroot.shared;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox: one row per durable event, completed once every listener has handled it. */
@Repository
class EventPublicationRepository {

    /** An event not yet completed, as stored. */
    record Incomplete(String userId, String id, String type, String payload, int attempts, String nextAttemptAt) {
    }

    private final JdbcClient jdbc;

    EventPublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String userId, String id, String type, String payload, Instant publishedAt, Instant firstRetryAt) {
        jdbc.sql("INSERT INTO event_publication (user_id, id, event_type, payload, published_at, attempts, next_attempt_at)"
                        + " VALUES (:user, :id, :type, :payload, :at, 0, :next)")
                .param("user", userId).param("id", id).param("type", type).param("payload", payload)
                .param("at", Timestamps.format(publishedAt)).param("next", Timestamps.format(firstRetryAt)).update();
    }

    /**
     * Incomplete events due by {@code dueBy} (all of them when null) with an id after {@code afterId} (from the start
     * when null), in id order: a pass pages through them once, even while it pushes their next attempt on.
     */
    List<Incomplete> incomplete(Instant dueBy, String afterId, int limit) {
        String due = dueBy == null ? "" : " AND next_attempt_at <= :due";
        String after = afterId == null ? "" : " AND id > :after";
        var sql = jdbc.sql("SELECT user_id, id, event_type, payload, attempts, next_attempt_at FROM event_publication"
                + " WHERE completed_at IS NULL" + due + after + " ORDER BY id LIMIT :limit").param("limit", limit);
        if (dueBy != null) sql = sql.param("due", Timestamps.format(dueBy));
        if (afterId != null) sql = sql.param("after", afterId);
        return sql.query((rs, row) -> new Incomplete(rs.getString("user_id"), rs.getString("id"), rs.getString("event_type"),
                rs.getString("payload"), rs.getInt("attempts"), rs.getString("next_attempt_at"))).list();
    }

    /** Takes the event for one delivery until {@code leaseUntil}; false when another instance took it first. */
    boolean claim(Incomplete e, Instant leaseUntil) {
        return jdbc.sql("UPDATE event_publication SET next_attempt_at = :lease WHERE user_id = :user AND id = :id"
                        + " AND completed_at IS NULL AND next_attempt_at = :seen")
                .param("lease", Timestamps.format(leaseUntil)).param("user", e.userId()).param("id", e.id())
                .param("seen", e.nextAttemptAt()).update() == 1;
    }

    void completed(String userId, String id, Instant at) {
        jdbc.sql("UPDATE event_publication SET completed_at = :at WHERE user_id = :user AND id = :id AND completed_at IS NULL")
                .param("at", Timestamps.format(at)).param("user", userId).param("id", id).update();
    }

    void failed(String userId, String id, String error, Instant nextAttemptAt) {
        jdbc.sql("UPDATE event_publication SET attempts = attempts + 1, last_error = :error, next_attempt_at = :next"
                        + " WHERE user_id = :user AND id = :id AND completed_at IS NULL")
                .param("error", error.length() > 200 ? error.substring(0, 200) : error)
                .param("next", Timestamps.format(nextAttemptAt)).param("user", userId).param("id", id).update();
    }

    int purgeCompleted(Instant before) {
        return jdbc.sql("DELETE FROM event_publication WHERE completed_at IS NOT NULL AND completed_at < :before")
                .param("before", Timestamps.format(before)).update();
    }

    /** Remembers that {@code handler} handled {@code key}; false when it already had. */
    boolean markHandled(String userId, String handler, String key, Instant at) {
        return jdbc.sql("INSERT INTO event_handled (user_id, handler, event_key, handled_at) VALUES (:user, :handler, :key, :at)"
                        + " ON CONFLICT (user_id, handler, event_key) DO NOTHING")
                .param("user", userId).param("handler", handler).param("key", key).param("at", Timestamps.format(at)).update() == 1;
    }
}
