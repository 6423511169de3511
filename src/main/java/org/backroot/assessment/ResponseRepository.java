package org.backroot.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.assessment.domain.ItemContribution;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Questionnaire responses. Answers, subscores and item contributions are kept as JSON text. */
@Repository
class ResponseRepository {

    private static final String COLUMNS = "id, user_id, instrument_id, instrument_version, completed_at, answers, score, band, complete, subscores, details";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResponseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(StoredResponse r) {
        jdbc.sql("INSERT INTO instrument_response (" + COLUMNS + ") VALUES (:id, :user, :instrument, :version, :completed, :answers, :score, :band, :complete, :subscores, :details)")
                .param("id", r.id()).param("user", r.userId()).param("instrument", r.instrumentId())
                .param("version", r.instrumentVersion()).param("completed", Timestamps.format(r.completedAt()))
                .param("answers", json.writeValueAsString(r.answers())).param("score", r.score()).param("band", r.band())
                .param("complete", r.complete()).param("subscores", json.writeValueAsString(r.subscores()))
                .param("details", json.writeValueAsString(r.contributions()))
                .update();
    }

    /** The person's responses, newest first; all instruments when instrumentId is null. */
    List<StoredResponse> list(String userId, String instrumentId) {
        String filter = instrumentId == null ? "" : " AND instrument_id = :instrument";
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM instrument_response WHERE user_id = :user" + filter + " ORDER BY completed_at DESC, id DESC")
                .param("user", userId);
        if (instrumentId != null) spec = spec.param("instrument", instrumentId);
        return spec.query(this::toResponse).list();
    }

    Optional<StoredResponse> find(String userId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM instrument_response WHERE user_id = :user AND id = :id")
                .param("user", userId).param("id", id).query(this::toResponse).optional();
    }

    /**
     * The newest response per instrument for one person: exactly one each, the one {@link #list} puts first
     * (two responses in the same millisecond are told apart by id, as there).
     */
    List<StoredResponse> latestPerInstrument(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM instrument_response r WHERE user_id = :user AND NOT EXISTS "
                        + "(SELECT 1 FROM instrument_response x WHERE x.user_id = r.user_id AND x.instrument_id = r.instrument_id"
                        + " AND (x.completed_at > r.completed_at OR (x.completed_at = r.completed_at AND x.id > r.id)))"
                        + " ORDER BY instrument_id")
                .param("user", userId).query(this::toResponse).list();
    }

    private StoredResponse toResponse(ResultSet rs, int row) throws SQLException {
        double score = rs.getDouble("score");
        Double nullableScore = rs.wasNull() ? null : score;
        return new StoredResponse(rs.getString("id"), rs.getString("user_id"), rs.getString("instrument_id"),
                rs.getInt("instrument_version"), Timestamps.parse(rs.getString("completed_at")),
                json.readValue(rs.getString("answers"), new TypeReference<Map<String, Object>>() { }),
                nullableScore, rs.getString("band"), rs.getBoolean("complete"),
                json.readValue(rs.getString("subscores"), new TypeReference<Map<String, Double>>() { }),
                json.readValue(rs.getString("details"), new TypeReference<List<ItemContribution>>() { }));
    }
}
