package org.backroot.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every switch of phase, with its cause; the newest one says which phase a person is in. */
@Repository
class PhaseChangeRepository {

    private static final String COLUMNS = "id, user_id, from_phase, to_phase, cause, on_date, level_shift, recorded_at";

    private final JdbcClient jdbc;

    PhaseChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the switch unless the same one (person, day, from, to) is already recorded: a replayed event or a
     * second instance deciding at the same moment then changes nothing. True when this call recorded it.
     */
    boolean insert(StoredPhaseChange c) {
        return jdbc.sql("INSERT INTO phase_change (" + COLUMNS + ") VALUES (:id, :user, :from, :to, :cause, :on, :shift, :at)"
                        + " ON CONFLICT (user_id, on_date, from_phase, to_phase) DO NOTHING")
                .param("id", c.id()).param("user", c.userId()).param("from", c.change().from().code())
                .param("to", c.change().to().code()).param("cause", c.change().cause()).param("on", c.change().date().toString())
                .param("shift", c.change().levelShift()).param("at", Timestamps.format(c.recordedAt())).update() == 1;
    }

    /** Newest first. */
    List<StoredPhaseChange> list(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM phase_change WHERE user_id = :user ORDER BY recorded_at DESC, id DESC")
                .param("user", userId).query(PhaseChangeRepository::toChange).list();
    }

    Optional<StoredPhaseChange> latest(String userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM phase_change WHERE user_id = :user ORDER BY recorded_at DESC, id DESC LIMIT 1")
                .param("user", userId).query(PhaseChangeRepository::toChange).optional();
    }

    private static StoredPhaseChange toChange(ResultSet rs, int row) throws SQLException {
        return new StoredPhaseChange(rs.getString("id"), rs.getString("user_id"),
                new PhaseChange(Phase.parse(rs.getString("from_phase")), Phase.parse(rs.getString("to_phase")), rs.getString("cause"),
                        LocalDate.parse(rs.getString("on_date")), rs.getInt("level_shift")),
                Timestamps.parse(rs.getString("recorded_at")));
    }
}
