package org.backroot.insights;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which milestones a person has put away from the Today card (the milestones themselves are never stored). */
@Repository
class MilestoneRepository {

    private final JdbcClient jdbc;

    MilestoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> seen(String userId) {
        return new HashSet<>(jdbc.sql("SELECT milestone_key FROM milestone_seen WHERE user_id = :user").param("user", userId)
                .query(String.class).list());
    }

    /** Marks it seen; seeing it again keeps the first time. */
    void markSeen(String userId, String key, Instant at) {
        jdbc.sql("INSERT INTO milestone_seen (user_id, milestone_key, seen_at) VALUES (:user, :key, :at) "
                        + "ON CONFLICT (user_id, milestone_key) DO NOTHING")
                .param("user", userId).param("key", key).param("at", Timestamps.format(at)).update();
    }
}
