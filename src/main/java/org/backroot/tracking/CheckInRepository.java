package org.backroot.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.backroot.shared.Timestamps;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.NewSymptom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One check-in per person and day. Every query is keyed by user id. */
@Repository
class CheckInRepository {

    private static final String COLUMNS = "day, pain, stress, sleep_hours, sleep_quality, active_minutes, steps, sitting_hours, "
            + "diet_quality, alcohol_units, flare, new_symptoms, note";

    // The WHERE makes an identical repeat a true no-op (0 rows, updated_at untouched), so PUT is idempotent
    // and the caller can tell a change from a repeat. IS DISTINCT FROM compares NULLs as values (SQLite >= 3.39, PostgreSQL).
    private static final String UPSERT = "INSERT INTO check_in (user_id, " + COLUMNS + ", updated_at) VALUES "
            + "(:user, :day, :pain, :stress, :sleepHours, :sleepQuality, :activeMinutes, :steps, :sittingHours, "
            + ":dietQuality, :alcoholUnits, :flare, :symptoms, :note, :at) "
            + "ON CONFLICT (user_id, day) DO UPDATE SET pain = excluded.pain, stress = excluded.stress, "
            + "sleep_hours = excluded.sleep_hours, sleep_quality = excluded.sleep_quality, active_minutes = excluded.active_minutes, "
            + "steps = excluded.steps, sitting_hours = excluded.sitting_hours, diet_quality = excluded.diet_quality, "
            + "alcohol_units = excluded.alcohol_units, flare = excluded.flare, new_symptoms = excluded.new_symptoms, "
            + "note = excluded.note, updated_at = excluded.updated_at "
            + "WHERE check_in.pain IS DISTINCT FROM excluded.pain OR check_in.stress IS DISTINCT FROM excluded.stress "
            + "OR check_in.sleep_hours IS DISTINCT FROM excluded.sleep_hours OR check_in.sleep_quality IS DISTINCT FROM excluded.sleep_quality "
            + "OR check_in.active_minutes IS DISTINCT FROM excluded.active_minutes OR check_in.steps IS DISTINCT FROM excluded.steps "
            + "OR check_in.sitting_hours IS DISTINCT FROM excluded.sitting_hours OR check_in.diet_quality IS DISTINCT FROM excluded.diet_quality "
            + "OR check_in.alcohol_units IS DISTINCT FROM excluded.alcohol_units OR check_in.flare IS DISTINCT FROM excluded.flare "
            + "OR check_in.new_symptoms IS DISTINCT FROM excluded.new_symptoms OR check_in.note IS DISTINCT FROM excluded.note";

    private final JdbcClient jdbc;

    CheckInRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the day's check-in; false when the stored one was already identical (nothing written). */
    boolean upsert(String userId, CheckIn c, Instant at) {
        // Typed parameters: PostgreSQL needs a type for a NULL, and SQLite does not mind.
        return jdbc.sql(UPSERT)
                .param("user", userId).param("day", c.date().toString())
                .param("pain", c.pain(), Types.INTEGER).param("stress", c.stress(), Types.INTEGER)
                .param("sleepHours", c.sleepHours(), Types.DOUBLE).param("sleepQuality", c.sleepQuality(), Types.INTEGER)
                .param("activeMinutes", c.activeMinutes(), Types.INTEGER).param("steps", c.steps(), Types.INTEGER)
                .param("sittingHours", c.sittingHours(), Types.DOUBLE).param("dietQuality", c.dietQuality(), Types.INTEGER)
                .param("alcoholUnits", c.alcoholUnits(), Types.DOUBLE).param("flare", c.flare(), Types.BOOLEAN)
                .param("symptoms", codes(c.newSymptoms())).param("note", c.note(), Types.VARCHAR)
                .param("at", Timestamps.format(at))
                .update() > 0;
    }

    Optional<CheckIn> find(String userId, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in WHERE user_id = :user AND day = :day")
                .param("user", userId).param("day", day.toString()).query(CheckInRepository::map).optional();
    }

    /** Check-ins from {@code from} to {@code to}, both included, oldest first. */
    List<CheckIn> list(String userId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM check_in WHERE user_id = :user AND day >= :from AND day <= :to ORDER BY day")
                .param("user", userId).param("from", from.toString()).param("to", to.toString())
                .query(CheckInRepository::map).list();
    }

    private static CheckIn map(ResultSet rs, int row) throws SQLException {
        return new CheckIn(LocalDate.parse(rs.getString("day")), rs.getInt("pain"), rs.getInt("stress"), rs.getDouble("sleep_hours"),
                integer(rs, "sleep_quality"), integer(rs, "active_minutes"), integer(rs, "steps"), decimal(rs, "sitting_hours"),
                integer(rs, "diet_quality"), decimal(rs, "alcohol_units"), rs.getBoolean("flare"),
                symptoms(rs.getString("new_symptoms")), rs.getString("note"));
    }

    /** Codes in declaration order, comma separated, so the same set is always the same text. */
    static String codes(Set<NewSymptom> symptoms) {
        return symptoms.stream().sorted().map(NewSymptom::code).collect(Collectors.joining(","));
    }

    static Set<NewSymptom> symptoms(String codes) {
        Set<NewSymptom> out = EnumSet.noneOf(NewSymptom.class);
        if (codes == null || codes.isBlank()) return out;
        for (String code : codes.split(",")) NewSymptom.byCode(code).ifPresent(out::add);
        return out;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double decimal(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
