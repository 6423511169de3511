package org.backroot.insights;

import java.time.Instant;

import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's insight preferences; no row means the defaults (the flare estimate off). */
@Repository
class InsightPreferenceRepository {

    private final JdbcClient jdbc;

    InsightPreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean showsFlareRisk(String userId) {
        return jdbc.sql("SELECT show_flare_risk FROM insight_preference WHERE user_id = :user").param("user", userId)
                .query(Boolean.class).optional().orElse(false);
    }

    void setShowFlareRisk(String userId, boolean show, Instant at) {
        jdbc.sql("INSERT INTO insight_preference (user_id, show_flare_risk, updated_at) VALUES (:user, :show, :at) "
                        + "ON CONFLICT (user_id) DO UPDATE SET show_flare_risk = excluded.show_flare_risk, updated_at = excluded.updated_at")
                .param("user", userId).param("show", show).param("at", Timestamps.format(at)).update();
    }
}
