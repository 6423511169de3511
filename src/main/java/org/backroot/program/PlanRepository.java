package org.backroot.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.program.domain.Component;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PlanDay;
import org.backroot.program.domain.PlanDecision;
import org.backroot.program.domain.PlanItem;
import org.backroot.program.domain.PlanItemKind;
import org.backroot.program.domain.Preferences;
import org.backroot.program.domain.WeeklyPlan;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plan preferences, generated weekly plans (days as JSON) and the level shifts of a person's history. */
@Repository
class PlanRepository {

    /** A plan day as JSON. */
    record DayJson(String date, boolean restDay, List<ItemJson> items) {
    }

    /** A plan item as JSON (codes, not enum names). */
    record ItemJson(String activityId, String component, String kind, String title, int minutes, String dose, String reason,
                    String fearLadderItemId) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- preferences -------------------------------------------------------------------------------

    void savePreferences(String userId, Preferences p, Instant at) {
        jdbc.sql("INSERT INTO plan_preferences (user_id, minutes_per_day, days_per_week, updated_at) VALUES (:user, :m, :d, :at)"
                        + " ON CONFLICT (user_id) DO UPDATE SET minutes_per_day = excluded.minutes_per_day,"
                        + " days_per_week = excluded.days_per_week, updated_at = excluded.updated_at")
                .param("user", userId).param("m", p.minutesPerDay()).param("d", p.daysPerWeek()).param("at", Timestamps.format(at))
                .update();
    }

    Optional<Preferences> preferences(String userId) {
        return jdbc.sql("SELECT minutes_per_day, days_per_week FROM plan_preferences WHERE user_id = :user").param("user", userId)
                .query((rs, n) -> new Preferences(rs.getInt("minutes_per_day"), rs.getInt("days_per_week"))).optional();
    }

    // ---- plans -------------------------------------------------------------------------------------

    void insertPlan(StoredPlan p) {
        jdbc.sql("INSERT INTO weekly_plan (id, user_id, phase, starts_on, minutes_per_day, days, decision_kind, decision_reasons, created_at)"
                        + " VALUES (:id, :user, :phase, :starts, :minutes, :days, :kind, :reasons, :at)")
                .param("id", p.id()).param("user", p.userId()).param("phase", p.plan().phase().code())
                .param("starts", p.plan().startsOn().toString()).param("minutes", p.plan().minutesPerDay())
                .param("days", json.writeValueAsString(p.plan().days().stream().map(PlanRepository::toJson).toList()))
                .param("kind", p.decisionKind() == null ? null : p.decisionKind().name().toLowerCase(java.util.Locale.ROOT))
                .param("reasons", p.decisionKind() == null ? null : json.writeValueAsString(p.decisionReasons()))
                .param("at", Timestamps.format(p.createdAt())).update();
    }

    /** The newest plan. */
    Optional<StoredPlan> latestPlan(String userId) {
        return recentPlans(userId, 1).stream().findFirst();
    }

    /** Up to {@code limit} plans, newest first. */
    List<StoredPlan> recentPlans(String userId, int limit) {
        return jdbc.sql("SELECT id, user_id, phase, starts_on, minutes_per_day, days, decision_kind, decision_reasons, created_at"
                        + " FROM weekly_plan WHERE user_id = :user ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("user", userId).param("limit", limit).query(this::toPlan).list();
    }

    /** The first day of the person's first plan, if any. */
    Optional<LocalDate> firstPlanStart(String userId) {
        return jdbc.sql("SELECT MIN(starts_on) FROM weekly_plan WHERE user_id = :user").param("user", userId)
                .query(String.class).optional().filter(java.util.Objects::nonNull).map(LocalDate::parse);
    }

    /** Plans whose week starts between the two days (both included), newest first. */
    List<StoredPlan> plansStartingBetween(String userId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT id, user_id, phase, starts_on, minutes_per_day, days, decision_kind, decision_reasons, created_at"
                        + " FROM weekly_plan WHERE user_id = :user AND starts_on >= :from AND starts_on <= :to"
                        + " ORDER BY created_at DESC, id DESC")
                .param("user", userId).param("from", from.toString()).param("to", to.toString()).query(this::toPlan).list();
    }

    // ---- history -----------------------------------------------------------------------------------

    Map<String, Integer> levelShifts(String userId) {
        return jdbc.sql("SELECT level_shifts FROM plan_history WHERE user_id = :user").param("user", userId)
                .query(String.class).optional()
                .map(text -> json.readValue(text, new TypeReference<Map<String, Integer>>() { }))
                .orElse(Map.of());
    }

    void saveLevelShifts(String userId, Map<String, Integer> shifts, Instant at) {
        jdbc.sql("INSERT INTO plan_history (user_id, level_shifts, updated_at) VALUES (:user, :shifts, :at)"
                        + " ON CONFLICT (user_id) DO UPDATE SET level_shifts = excluded.level_shifts, updated_at = excluded.updated_at")
                .param("user", userId).param("shifts", json.writeValueAsString(new java.util.TreeMap<>(shifts)))
                .param("at", Timestamps.format(at)).update();
    }

    // ---- mapping -----------------------------------------------------------------------------------

    private StoredPlan toPlan(ResultSet rs, int row) throws SQLException {
        List<DayJson> days = json.readValue(rs.getString("days"), new TypeReference<List<DayJson>>() { });
        WeeklyPlan plan = new WeeklyPlan(Phase.parse(rs.getString("phase")), LocalDate.parse(rs.getString("starts_on")),
                rs.getInt("minutes_per_day"), days.stream().map(PlanRepository::fromJson).toList());
        String kind = rs.getString("decision_kind");
        String reasons = rs.getString("decision_reasons");
        return new StoredPlan(rs.getString("id"), rs.getString("user_id"), plan,
                kind == null ? null : PlanDecision.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                reasons == null ? List.of() : json.readValue(reasons, new TypeReference<List<String>>() { }),
                Timestamps.parse(rs.getString("created_at")));
    }

    private static DayJson toJson(PlanDay d) {
        return new DayJson(d.date().toString(), d.restDay(), d.items().stream().map(i -> new ItemJson(i.activityId(),
                i.component() == null ? null : i.component().id(), i.kind().code(), i.title(), i.minutes(), i.dose(), i.reason(),
                i.fearLadderItemId())).toList());
    }

    private static PlanDay fromJson(DayJson d) {
        return new PlanDay(LocalDate.parse(d.date()), d.restDay(), d.items().stream().map(i -> new PlanItem(i.activityId(),
                i.component() == null ? null : Component.fromId(i.component()).orElseThrow(),
                PlanItemKind.valueOf(i.kind().toUpperCase(java.util.Locale.ROOT)), i.title(), i.minutes(), i.dose(), i.reason(),
                i.fearLadderItemId())).toList());
    }
}
