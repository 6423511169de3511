package org.backroot.program;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.backroot.program.domain.PlanAdjustment;
import org.backroot.program.domain.PlanAdjustmentVersion;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every version of a clinician's plan adjustments for a person, numbered from 1; the newest is in force. */
@Repository
class PlanAdjustmentRepository {

    private static final String COLUMNS = "version, clinician_id, clinician_name, adjusted_at, max_level, exclude_activities,"
            + " include_activities, pause_exposure, minutes_per_day, note";

    private final JdbcClient jdbc;

    PlanAdjustmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the adjustment as the person's next version and answers it. */
    PlanAdjustmentVersion insert(String userId, PlanAdjustment a, String clinicianId, String clinicianName, Instant at) {
        int version = latestVersion(userId) + 1;
        jdbc.sql("INSERT INTO plan_adjustment (user_id, " + COLUMNS + ") VALUES (:user, :version, :clinician, :name, :at, :max,"
                        + " :exclude, :include, :pause, :minutes, :note)")
                .param("user", userId).param("version", version).param("clinician", clinicianId).param("name", clinicianName)
                .param("at", Timestamps.format(at)).param("max", a.maxLevel())
                .param("exclude", String.join(",", a.excludeActivities())).param("include", String.join(",", a.includeActivities()))
                .param("pause", a.pauseExposure()).param("minutes", a.minutesPerDay()).param("note", a.note()).update();
        return new PlanAdjustmentVersion(version, a, clinicianId, clinicianName, Timestamps.stored(at));
    }

    private int latestVersion(String userId) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM plan_adjustment WHERE user_id = :user").param("user", userId)
                .query(Integer.class).single();
    }

    Optional<PlanAdjustmentVersion> latest(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_adjustment WHERE user_id = :user ORDER BY version DESC LIMIT 1")
                .param("user", userId).query((rs, n) -> map(rs)).optional();
    }

    /** Every version, oldest first. */
    List<PlanAdjustmentVersion> list(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_adjustment WHERE user_id = :user ORDER BY version")
                .param("user", userId).query((rs, n) -> map(rs)).list();
    }

    private static PlanAdjustmentVersion map(java.sql.ResultSet rs) throws java.sql.SQLException {
        int max = rs.getInt("max_level");
        Integer maxLevel = rs.wasNull() ? null : max;
        int m = rs.getInt("minutes_per_day");
        Integer minutes = rs.wasNull() ? null : m;
        PlanAdjustment a = new PlanAdjustment(maxLevel, ids(rs.getString("exclude_activities")), ids(rs.getString("include_activities")),
                rs.getBoolean("pause_exposure"), minutes, rs.getString("note"));
        return new PlanAdjustmentVersion(rs.getInt("version"), a, rs.getString("clinician_id"), rs.getString("clinician_name"),
                Timestamps.parse(rs.getString("adjusted_at")));
    }

    private static Set<String> ids(String joined) {
        if (joined == null || joined.isBlank()) return Set.of();
        return new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }
}
