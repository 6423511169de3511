package org.backroot.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Home self-test sittings, measurements and findings as JSON text. */
@Repository
class SelfTestRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SelfTestRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(StoredSelfTest t) {
        jdbc.sql("INSERT INTO self_test (id, user_id, taken_on, recorded_at, measurements, findings) VALUES (:id, :user, :on, :at, :m, :f)")
                .param("id", t.id()).param("user", t.userId()).param("on", t.takenOn().toString())
                .param("at", Timestamps.format(t.recordedAt())).param("m", json.writeValueAsString(t.measurements()))
                .param("f", json.writeValueAsString(t.findings())).update();
    }

    /** Newest first: by the day the tests were taken, then by when they were recorded. */
    List<StoredSelfTest> list(String userId) {
        return jdbc.sql("SELECT id, user_id, taken_on, recorded_at, measurements, findings FROM self_test WHERE user_id = :user"
                        + " ORDER BY taken_on DESC, recorded_at DESC, id DESC")
                .param("user", userId).query(this::toSelfTest).list();
    }

    private StoredSelfTest toSelfTest(ResultSet rs, int row) throws SQLException {
        return new StoredSelfTest(rs.getString("id"), rs.getString("user_id"), LocalDate.parse(rs.getString("taken_on")),
                Timestamps.parse(rs.getString("recorded_at")),
                json.readValue(rs.getString("measurements"), new TypeReference<Map<String, Object>>() { }),
                json.readValue(rs.getString("findings"), new TypeReference<List<StoredSelfTest.FindingView>>() { }));
    }
}
