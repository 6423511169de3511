package org.backroot.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backroot.program.domain.ExposureLog;
import org.backroot.program.domain.FearLadderItem;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fear-ladder items and the exposures logged against them; every query is keyed by the owner. */
@Repository
class FearLadderRepository {

    private static final String ITEM_COLUMNS = "id, user_id, activity, fear, successes, last_fear, created_at";

    private final JdbcClient jdbc;

    FearLadderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredFearItem s) {
        FearLadderItem i = s.item();
        jdbc.sql("INSERT INTO fear_ladder_item (" + ITEM_COLUMNS + ") VALUES (:id, :user, :activity, :fear, :successes, :last, :at)")
                .param("id", i.id()).param("user", s.userId()).param("activity", i.activity()).param("fear", i.fear())
                .param("successes", i.successes()).param("last", i.lastFear()).param("at", Timestamps.format(s.createdAt())).update();
    }

    /** Updates words, fear and progress of the owner's item; false when the owner has no such item. */
    boolean update(String userId, FearLadderItem i) {
        return jdbc.sql("UPDATE fear_ladder_item SET activity = :activity, fear = :fear, successes = :successes, last_fear = :last"
                        + " WHERE id = :id AND user_id = :user")
                .param("activity", i.activity()).param("fear", i.fear()).param("successes", i.successes()).param("last", i.lastFear())
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
        jdbc.sql("INSERT INTO exposure_log (id, user_id, item_id, on_date, expected_pain, actual_pain, fear_before, fear_after, recorded_at)"
                        + " VALUES (:id, :user, :item, :on, :expected, :actual, :before, :after, :at)")
                .param("id", e.id()).param("user", e.userId()).param("item", l.itemId()).param("on", l.date().toString())
                .param("expected", l.expectedPain()).param("actual", l.actualPain()).param("before", l.fearBefore())
                .param("after", l.fearAfter()).param("at", Timestamps.format(e.recordedAt())).update();
    }

    /** Exposures with the words of their item, newest first. */
    List<StoredExposure> exposures(String userId) {
        return jdbc.sql("SELECT e.id, e.user_id, i.activity, e.item_id, e.on_date, e.expected_pain, e.actual_pain, e.fear_before,"
                        + " e.fear_after, e.recorded_at FROM exposure_log e JOIN fear_ladder_item i ON i.id = e.item_id"
                        + " WHERE e.user_id = :user ORDER BY e.on_date DESC, e.recorded_at DESC, e.id DESC")
                .param("user", userId).query(FearLadderRepository::toExposure).list();
    }

    private static StoredFearItem toItem(ResultSet rs, int row) throws SQLException {
        int last = rs.getInt("last_fear");
        Integer lastFear = rs.wasNull() ? null : last;
        return new StoredFearItem(rs.getString("user_id"), new FearLadderItem(rs.getString("id"), rs.getString("activity"),
                rs.getInt("fear"), rs.getInt("successes"), lastFear), Timestamps.parse(rs.getString("created_at")));
    }

    private static StoredExposure toExposure(ResultSet rs, int row) throws SQLException {
        return new StoredExposure(rs.getString("id"), rs.getString("user_id"), rs.getString("activity"),
                new ExposureLog(LocalDate.parse(rs.getString("on_date")), rs.getString("item_id"), rs.getInt("expected_pain"),
                        rs.getInt("actual_pain"), rs.getInt("fear_before"), rs.getInt("fear_after")),
                Timestamps.parse(rs.getString("recorded_at")));
    }
}
