package org.backroot.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers to "Is this a flare?", one per person and day. Every query is keyed by user id. */
@Repository
class FlareAnswerRepository {

    private final JdbcClient jdbc;

    FlareAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String userId, LocalDate day, boolean isFlare, Instant at) {
        jdbc.sql("INSERT INTO flare_answer (user_id, day, is_flare, answered_at) VALUES (:user, :day, :flare, :at) "
                        + "ON CONFLICT (user_id, day) DO UPDATE SET is_flare = excluded.is_flare, answered_at = excluded.answered_at")
                .param("user", userId).param("day", day.toString()).param("flare", isFlare)
                .param("at", Timestamps.format(at)).update();
    }

    /** Answers from {@code from} to {@code to}, both included, by day. */
    Map<LocalDate, Boolean> between(String userId, LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> answers = new TreeMap<>();
        jdbc.sql("SELECT day, is_flare FROM flare_answer WHERE user_id = :user AND day >= :from AND day <= :to")
                .param("user", userId).param("from", from.toString()).param("to", to.toString())
                .query((rs, row) -> answers.put(LocalDate.parse(rs.getString("day")), rs.getBoolean("is_flare"))).list();
        return answers;
    }
}
