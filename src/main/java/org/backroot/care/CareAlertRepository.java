package org.backroot.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backroot.care.domain.AlertKind;
import org.backroot.care.domain.AlertLedger;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored alerts and their acknowledgements, keyed by the person. */
@Repository
class CareAlertRepository {

    /** An alert with one clinician's acknowledgement, if they gave one. */
    record StoredAlert(String personId, String id, AlertKind kind, String occurrence, int run, LocalDate since, String detail,
                       Instant raisedAt, Instant endedAt, String acknowledgedNote, Instant acknowledgedAt) {

        boolean ended() {
            return endedAt != null;
        }

        boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    private static final String SELECT = """
            SELECT a.user_id, a.id, a.kind, a.occurrence, a.run, a.since, a.detail, a.raised_at, a.ended_at, k.note, k.acknowledged_at
            FROM care_alert a LEFT JOIN care_alert_ack k
              ON k.user_id = a.user_id AND k.alert_id = a.id AND k.clinician_id = :clinician
            """;

    private final JdbcClient jdbc;

    CareAlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the ledger needs of the person's alerts. */
    List<AlertLedger.Stored> ledger(String personId) {
        return jdbc.sql("SELECT id, kind, occurrence, run, ended_at FROM care_alert WHERE user_id = :user")
                .param("user", personId)
                .query((rs, n) -> new AlertLedger.Stored(rs.getString(1), AlertKind.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        rs.getString(5) != null))
                .list();
    }

    /** Stores the alert unless this occurrence and run is stored already (by this or another instance); true when stored now. */
    /** Removes this clinician's acknowledgements (their account is being deleted); the alerts stay. */
    int deleteAcknowledgementsBy(String clinicianId) {
        return jdbc.sql("DELETE FROM care_alert_ack WHERE clinician_id = :clinician").param("clinician", clinicianId).update();
    }

    boolean insertIfAbsent(String personId, String id, AlertLedger.Raise raise, Instant at) {
        return jdbc.sql("""
                INSERT INTO care_alert (user_id, id, kind, occurrence, run, since, detail, raised_at)
                VALUES (:user, :id, :kind, :occurrence, :run, :since, :detail, :at)
                ON CONFLICT (user_id, kind, occurrence, run) DO NOTHING""")
                .param("user", personId).param("id", id).param("kind", raise.condition().kind().name())
                .param("occurrence", raise.condition().occurrence()).param("run", raise.run())
                .param("since", raise.condition().since().toString()).param("detail", raise.condition().detail())
                .param("at", Timestamps.format(at)).update() == 1;
    }

    void end(String personId, String id, Instant at) {
        jdbc.sql("UPDATE care_alert SET ended_at = :at WHERE user_id = :user AND id = :id AND ended_at IS NULL")
                .param("at", Timestamps.format(at)).param("user", personId).param("id", id).update();
    }

    /** Every alert of the person, newest first, with this clinician's acknowledgements. */
    List<StoredAlert> history(String personId, String clinicianId) {
        return jdbc.sql(SELECT + " WHERE a.user_id = :user ORDER BY a.raised_at DESC, a.id")
                .param("clinician", clinicianId).param("user", personId).query(CareAlertRepository::row).list();
    }

    /** The alerts this clinician has not acknowledged, oldest first. */
    List<StoredAlert> unacknowledged(String personId, String clinicianId) {
        return jdbc.sql(SELECT + " WHERE a.user_id = :user AND k.alert_id IS NULL ORDER BY a.raised_at, a.id")
                .param("clinician", clinicianId).param("user", personId).query(CareAlertRepository::row).list();
    }

    Optional<StoredAlert> find(String personId, String alertId, String clinicianId) {
        return jdbc.sql(SELECT + " WHERE a.user_id = :user AND a.id = :id")
                .param("clinician", clinicianId).param("user", personId).param("id", alertId).query(CareAlertRepository::row).optional();
    }

    /** Records the acknowledgement; an alert this clinician acknowledged already keeps its first note. */
    boolean acknowledge(String personId, String alertId, String clinicianId, String note, Instant at) {
        return jdbc.sql("""
                INSERT INTO care_alert_ack (user_id, alert_id, clinician_id, note, acknowledged_at)
                VALUES (:user, :alert, :clinician, :note, :at)
                ON CONFLICT (user_id, alert_id, clinician_id) DO NOTHING""")
                .param("user", personId).param("alert", alertId).param("clinician", clinicianId).param("note", note)
                .param("at", Timestamps.format(at)).update() == 1;
    }

    /** Whether anyone has this person in their care: only then are their alerts worth raising. */
    boolean linked(String personId) {
        return jdbc.sql("SELECT COUNT(*) FROM care_link WHERE user_id = :user").param("user", personId).query(Integer.class).single() > 0;
    }

    /** The people with at least one clinician, in id order, {@code limit} after {@code afterId} (null: from the start). */
    List<String> linkedPeople(String afterId, int limit) {
        return jdbc.sql("SELECT DISTINCT user_id FROM care_link WHERE user_id > :after ORDER BY user_id LIMIT :limit")
                .param("after", afterId == null ? "" : afterId).param("limit", limit).query(String.class).list();
    }

    private static StoredAlert row(ResultSet rs, int n) throws SQLException {
        String ended = rs.getString(9);
        String ackAt = rs.getString(11);
        return new StoredAlert(rs.getString(1), rs.getString(2), AlertKind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5),
                LocalDate.parse(rs.getString(6)), rs.getString(7), Timestamps.parse(rs.getString(8)),
                ended == null ? null : Timestamps.parse(ended), rs.getString(10), ackAt == null ? null : Timestamps.parse(ackAt));
    }
}
