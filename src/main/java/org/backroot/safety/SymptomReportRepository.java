package org.backroot.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.shared.Ids;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Red-flag symptoms reported after the screening, e.g. ticked in a daily check-in. */
@Repository
class SymptomReportRepository {

    record SymptomReport(LocalDate reportedOn, List<String> symptoms, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    SymptomReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String userId, LocalDate reportedOn, List<String> codes, Instant at) {
        jdbc.sql("INSERT INTO safety_symptom_report (id, user_id, reported_on, symptoms, recorded_at) VALUES (:id, :user, :on, :s, :at)")
                .param("id", Ids.newId()).param("user", userId).param("on", reportedOn.toString())
                .param("s", String.join(",", codes)).param("at", Timestamps.format(at)).update();
    }

    List<SymptomReport> list(String userId) {
        return jdbc.sql("SELECT reported_on, symptoms, recorded_at FROM safety_symptom_report WHERE user_id = :user ORDER BY recorded_at")
                .param("user", userId)
                .query((rs, n) -> new SymptomReport(LocalDate.parse(rs.getString("reported_on")),
                        codes(rs.getString("symptoms")), Timestamps.parse(rs.getString("recorded_at"))))
                .list();
    }

    /** No codes are stored as empty text, which must read back as no codes rather than one blank code. */
    private static List<String> codes(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
