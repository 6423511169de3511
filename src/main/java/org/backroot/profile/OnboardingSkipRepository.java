package org.backroot.profile;

import java.time.Instant;
import java.util.Set;
import java.util.HashSet;

import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Onboarding steps skipped for now. Skipping twice is harmless (upsert). */
@Repository
class OnboardingSkipRepository {

    private final JdbcClient jdbc;

    OnboardingSkipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void skip(String userId, String step, Instant at) {
        jdbc.sql("INSERT INTO onboarding_skip (user_id, step, skipped_at) VALUES (:user, :step, :at) "
                        + "ON CONFLICT (user_id, step) DO UPDATE SET skipped_at = excluded.skipped_at")
                .param("user", userId).param("step", step).param("at", Timestamps.format(at)).update();
    }

    Set<String> skipped(String userId) {
        return new HashSet<>(jdbc.sql("SELECT step FROM onboarding_skip WHERE user_id = :user").param("user", userId).query(String.class).list());
    }
}
