package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.shared.Ids;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person's confirmations that a clinician assessed them, kept as a history. */
@Repository
class ClearanceRepository {

    record Clearance(LocalDate assessedOn, Instant confirmedAt) {
    }

    private final JdbcClient jdbc;

    ClearanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String userId, LocalDate assessedOn, Instant confirmedAt, String note) {
        jdbc.sql("INSERT INTO safety_clearance (id, user_id, assessed_on, confirmed_at, note) VALUES (:id, :user, :on, :at, :note)")
                .param("id", Ids.newId()).param("user", userId).param("on", assessedOn.toString())
                .param("at", Timestamps.format(confirmedAt)).param("note", note).update();
    }

    List<Clearance> list(String userId) {
        return jdbc.sql("SELECT assessed_on, confirmed_at FROM safety_clearance WHERE user_id = :user ORDER BY confirmed_at")
                .param("user", userId)
                .query((rs, n) -> new Clearance(LocalDate.parse(rs.getString("assessed_on")), Timestamps.parse(rs.getString("confirmed_at"))))
                .list();
    }

    /** A confirmation with the person's note, for the record a linked clinician reads. */
    record NotedClearance(LocalDate assessedOn, Instant confirmedAt, String note) {
    }

    List<NotedClearance> listWithNotes(String userId) {
        return jdbc.sql("SELECT assessed_on, confirmed_at, note FROM safety_clearance WHERE user_id = :user ORDER BY confirmed_at")
                .param("user", userId)
                .query((rs, n) -> new NotedClearance(LocalDate.parse(rs.getString("assessed_on")), Timestamps.parse(rs.getString("confirmed_at")),
                        rs.getString("note")))
                .list();
    }
}
