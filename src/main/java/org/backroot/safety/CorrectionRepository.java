package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.safety.domain.Correction;
import org.backroot.shared.Ids;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person's "I answered this by mistake" corrections, kept as a history. */
@Repository
class CorrectionRepository {

    record StoredCorrection(Correction correction, String note) {
    }

    private final JdbcClient jdbc;

    CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String userId, Correction correction, String note) {
        jdbc.sql("INSERT INTO safety_correction (id, user_id, item, corrected_on, recorded_at, note) VALUES (:id, :user, :item, :on, :at, :note)")
                .param("id", Ids.newId()).param("user", userId).param("item", correction.linkId())
                .param("on", correction.correctedOn().toString()).param("at", Timestamps.format(correction.recordedAt()))
                .param("note", note).update();
    }

    List<StoredCorrection> list(String userId) {
        return jdbc.sql("SELECT item, corrected_on, recorded_at, note FROM safety_correction WHERE user_id = :user ORDER BY recorded_at")
                .param("user", userId)
                .query((rs, n) -> new StoredCorrection(new Correction(rs.getString("item"), LocalDate.parse(rs.getString("corrected_on")),
                        Timestamps.parse(rs.getString("recorded_at"))), rs.getString("note")))
                .list();
    }
}
