package org.backroot.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backroot.program.domain.ExposureLog;
import org.backroot.program.domain.ExposureTheme;
import org.backroot.program.domain.FearLadderItem;
import org.backroot.program.domain.PendingExposure;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fear-ladder items, the exposures logged against them and the steps waiting for answers; every query is keyed by the owner. */
@Repository
class FearLadderRepository {

    private static final String ITEM_COLUMNS = "id, user_id, activity, fear, successes, last_fear, advances, template, created_at";
    private static final String PENDING_COLUMNS =
            "id, user_id, item_id, on_date, harm_expected, harm_happened, expected_pain, actual_pain, fear_before, fear_after, recorded_at";

    private final JdbcClient jdbc;

    FearLadderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredFearItem s) {
        FearLadderItem i = s.item();
        jdbc.sql("INSERT INTO fear_ladder_item (" + ITEM_COLUMNS + ") VALUES (:id, :user, :activity, :fear, :successes, :last, :advances,"
                        + " :template, :at)")
                .param("id", i.id()).param("user", s.userId()).param("activity", i.activity()).param("fear", i.fear())
                .param("successes", i.successes()).param("last", i.lastFear(), Types.INTEGER).param("advances", i.advances())
                .param("template", code(i.template()), Types.VARCHAR).param("at", Timestamps.format(s.createdAt())).update();
    }

    /** Updates words, fear, template and progress of the owner's item; false when the owner has no such item. */
    boolean update(String userId, FearLadderItem i) {
        return jdbc.sql("UPDATE fear_ladder_item SET activity = :activity, fear = :fear, successes = :successes, last_fear = :last,"
                        + " advances = :advances, template = :template WHERE id = :id AND user_id = :user")
                .param("activity", i.activity()).param("fear", i.fear()).param("successes", i.successes())
                .param("last", i.lastFear(), Types.INTEGER).param("advances", i.advances()).param("template", code(i.template()), Types.VARCHAR)
                .param("id", i.id()).param("user", userId).update() == 1;
    }

    boolean delete(String userId, String id) {
        return jdbc.sql("DELETE FROM fear_ladder_item WHERE id = :id AND user_id = :user").param("id", id).param("user", userId).update() == 1;
    }

    Optional<StoredFearItem> find(String userId, String id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM fear_ladder_item WHERE id = :id AND user_id = :user")
                .param("id", id).param("user", userId).query(FearLadderRepository::toItem).optional();
    }

    /** In the order they were added. */
    List<StoredFearItem> list(String userId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM fear_ladder_item WHERE user_id = :user ORDER BY created_at, id")
                .param("user", userId).query(FearLadderRepository::toItem).list();
    }

    void insertExposure(StoredExposure e) {
        ExposureLog l = e.log();
        jdbc.sql("INSERT INTO exposure_log (id, user_id, item_id, on_date, expected_pain, actual_pain, fear_before, fear_after,"
                        + " harm_expected, harm_happened, recorded_at)"
                        + " VALUES (:id, :user, :item, :on, :expected, :actual, :before, :after, :harmExpected, :harmHappened, :at)")
                .param("id", e.id()).param("user", e.userId()).param("item", l.itemId()).param("on", l.date().toString())
                // exposure_log.expected_pain and actual_pain are NOT NULL (V3): an experiment without pain ratings stores -1
                .param("expected", l.expectedPain() == null ? NO_PAIN : l.expectedPain()).param("actual", l.actualPain() == null ? NO_PAIN : l.actualPain())
                .param("before", l.fearBefore()).param("after", l.fearAfter())
                .param("harmExpected", l.harmExpected(), Types.INTEGER).param("harmHappened", l.harmHappened(), Types.BOOLEAN)
                .param("at", Timestamps.format(e.recordedAt())).update();
    }

    /** Exposures with the words of their item, newest first. */
    List<StoredExposure> exposures(String userId) {
        return jdbc.sql("SELECT e.id, e.user_id, i.activity, e.item_id, e.on_date, e.expected_pain, e.actual_pain, e.fear_before,"
                        + " e.fear_after, e.harm_expected, e.harm_happened, e.recorded_at FROM exposure_log e"
                        + " JOIN fear_ladder_item i ON i.user_id = e.user_id AND i.id = e.item_id"
                        + " WHERE e.user_id = :user ORDER BY e.on_date DESC, e.recorded_at DESC, e.id DESC")
                .param("user", userId).query(FearLadderRepository::toExposure).list();
    }

    void savePending(String userId, PendingExposure p, Instant at) {
        jdbc.sql("INSERT INTO exposure_pending (" + PENDING_COLUMNS + ") VALUES (:id, :user, :item, :on, :harmExpected, :harmHappened,"
                        + " :expected, :actual, :before, :after, :at) ON CONFLICT (user_id, id) DO UPDATE SET harm_expected = excluded.harm_expected,"
                        + " harm_happened = excluded.harm_happened, expected_pain = excluded.expected_pain, actual_pain = excluded.actual_pain,"
                        + " fear_before = excluded.fear_before, fear_after = excluded.fear_after")
                .param("id", p.id()).param("user", userId).param("item", p.itemId()).param("on", p.date().toString())
                .param("harmExpected", p.harmExpected(), Types.INTEGER).param("harmHappened", p.harmHappened(), Types.BOOLEAN)
                .param("expected", p.expectedPain(), Types.INTEGER).param("actual", p.actualPain(), Types.INTEGER)
                .param("before", p.fearBefore(), Types.INTEGER).param("after", p.fearAfter(), Types.INTEGER)
                .param("at", Timestamps.format(at)).update();
    }

    boolean deletePending(String userId, String id) {
        return jdbc.sql("DELETE FROM exposure_pending WHERE id = :id AND user_id = :user").param("id", id).param("user", userId).update() == 1;
    }

    Optional<PendingExposure> findPending(String userId, String id) {
        return jdbc.sql("SELECT " + PENDING_COLUMNS + " FROM exposure_pending WHERE id = :id AND user_id = :user")
                .param("id", id).param("user", userId).query(FearLadderRepository::toPending).optional();
    }

    /** Steps waiting for answers, oldest first. */
    List<PendingExposure> pending(String userId) {
        return jdbc.sql("SELECT " + PENDING_COLUMNS + " FROM exposure_pending WHERE user_id = :user ORDER BY on_date, recorded_at, id")
                .param("user", userId).query(FearLadderRepository::toPending).list();
    }

    private static final int NO_PAIN = -1;

    private static String code(ExposureTheme t) {
        return t == null ? null : t.code();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer pain(ResultSet rs, String column) throws SQLException {
        Integer v = integer(rs, column);
        return v == null || v == NO_PAIN ? null : v;
    }

    private static StoredFearItem toItem(ResultSet rs, int row) throws SQLException {
        String template = rs.getString("template");
        return new StoredFearItem(rs.getString("user_id"), new FearLadderItem(rs.getString("id"), rs.getString("activity"),
                rs.getInt("fear"), rs.getInt("successes"), integer(rs, "last_fear"), rs.getInt("advances"),
                template == null ? null : ExposureTheme.fromCode(template)), Timestamps.parse(rs.getString("created_at")));
    }

    private static StoredExposure toExposure(ResultSet rs, int row) throws SQLException {
        return new StoredExposure(rs.getString("id"), rs.getString("user_id"), rs.getString("activity"),
                new ExposureLog(LocalDate.parse(rs.getString("on_date")), rs.getString("item_id"), integer(rs, "harm_expected"),
                        bool(rs, "harm_happened"), rs.getInt("fear_before"), rs.getInt("fear_after"), pain(rs, "expected_pain"),
                        pain(rs, "actual_pain")),
                Timestamps.parse(rs.getString("recorded_at")));
    }

    private static PendingExposure toPending(ResultSet rs, int row) throws SQLException {
        return new PendingExposure(rs.getString("id"), rs.getString("item_id"), LocalDate.parse(rs.getString("on_date")),
                integer(rs, "harm_expected"), bool(rs, "harm_happened"), integer(rs, "fear_before"), integer(rs, "fear_after"),
                pain(rs, "expected_pain"), pain(rs, "actual_pain"));
    }
}
