package org.backroot.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backroot.shared.Timestamps;
import org.backroot.tracking.domain.PracticeEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The practice log. Every query is keyed by user id. */
@Repository
class PracticeLogRepository {

    private static final String COLUMNS = "id, day, activity_id, completed, pain_during, note, expected_pain, actual_pain, "
            + "fear_before, fear_after, fear_ladder_item_id, recorded_at";

    private final JdbcClient jdbc;

    PracticeLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the entry; false (and nothing written) when this person already used {@code idempotencyKey}.
     * A null key never conflicts.
     */
    boolean insert(String userId, LoggedPractice p, String idempotencyKey) {
        PracticeEntry e = p.entry();
        return jdbc.sql("INSERT INTO practice_log (" + COLUMNS + ", user_id, idempotency_key) VALUES (:id, :day, :activity, :completed, "
                        + ":painDuring, :note, :expectedPain, :actualPain, :fearBefore, :fearAfter, :ladder, :at, :user, :key) "
                        + "ON CONFLICT (user_id, idempotency_key) DO NOTHING")
                .param("id", p.id()).param("day", e.date().toString()).param("activity", e.activityId())
                .param("completed", e.completed(), Types.BOOLEAN).param("painDuring", e.painDuring(), Types.INTEGER)
                .param("note", e.note(), Types.VARCHAR).param("expectedPain", e.expectedPain(), Types.INTEGER)
                .param("actualPain", e.actualPain(), Types.INTEGER).param("fearBefore", e.fearBefore(), Types.INTEGER)
                .param("fearAfter", e.fearAfter(), Types.INTEGER).param("ladder", e.fearLadderItemId(), Types.VARCHAR)
                .param("at", Timestamps.format(p.recordedAt())).param("user", userId).param("key", idempotencyKey, Types.VARCHAR)
                .update() > 0;
    }

    Optional<LoggedPractice> find(String userId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice_log WHERE user_id = :user AND id = :id")
                .param("user", userId).param("id", id).query(PracticeLogRepository::map).optional();
    }

    Optional<LoggedPractice> findByKey(String userId, String idempotencyKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice_log WHERE user_id = :user AND idempotency_key = :key")
                .param("user", userId).param("key", idempotencyKey).query(PracticeLogRepository::map).optional();
    }

    /** Entries dated {@code from} to {@code to}, both included, by date and then time recorded. */
    List<LoggedPractice> list(String userId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM practice_log WHERE user_id = :user AND day >= :from AND day <= :to "
                        + "ORDER BY day, recorded_at, id")
                .param("user", userId).param("from", from.toString()).param("to", to.toString())
                .query(PracticeLogRepository::map).list();
    }

    private static LoggedPractice map(ResultSet rs, int row) throws SQLException {
        PracticeEntry entry = new PracticeEntry(LocalDate.parse(rs.getString("day")), rs.getString("activity_id"),
                rs.getBoolean("completed"), CheckInRepository.integer(rs, "pain_during"), rs.getString("note"),
                CheckInRepository.integer(rs, "expected_pain"), CheckInRepository.integer(rs, "actual_pain"),
                CheckInRepository.integer(rs, "fear_before"), CheckInRepository.integer(rs, "fear_after"),
                rs.getString("fear_ladder_item_id"));
        return new LoggedPractice(rs.getString("id"), entry, Instant.parse(rs.getString("recorded_at")));
    }
}
