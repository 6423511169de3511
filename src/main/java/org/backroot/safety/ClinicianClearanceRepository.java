package org.backroot.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.backroot.safety.domain.ClinicianClearance;
import org.backroot.safety.domain.ClinicianClearance.TimedRestriction;
import org.backroot.safety.domain.RedFlagCondition;
import org.backroot.safety.domain.Restriction;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clearances linked clinicians recorded for a person, kept as a history. */
@Repository
class ClinicianClearanceRepository {

    private final JdbcClient jdbc;

    ClinicianClearanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String userId, ClinicianClearance c) {
        jdbc.sql("INSERT INTO safety_clinician_clearance (user_id, id, clinician_id, clinician_name, assessed_on, recorded_at, ruled_out,"
                        + " restrictions, note) VALUES (:user, :id, :clinician, :name, :on, :at, :ruledOut, :restrictions, :note)")
                .param("user", userId).param("id", c.id()).param("clinician", c.clinicianId()).param("name", c.clinicianName())
                .param("on", c.assessedOn().toString()).param("at", Timestamps.format(c.recordedAt()))
                .param("ruledOut", c.ruledOut().stream().sorted().map(RedFlagCondition::jsonName).collect(Collectors.joining(",")))
                .param("restrictions", c.restrictions().stream().map(r -> r.restriction().jsonName() + ":" + r.weeks())
                        .collect(Collectors.joining(",")))
                .param("note", c.note()).update();
    }

    /** Oldest first. */
    List<ClinicianClearance> list(String userId) {
        return jdbc.sql("SELECT id, clinician_id, clinician_name, assessed_on, recorded_at, ruled_out, restrictions, note"
                        + " FROM safety_clinician_clearance WHERE user_id = :user ORDER BY recorded_at, id")
                .param("user", userId)
                .query((rs, n) -> new ClinicianClearance(rs.getString("id"), rs.getString("clinician_id"), rs.getString("clinician_name"),
                        LocalDate.parse(rs.getString("assessed_on")), Timestamps.parse(rs.getString("recorded_at")),
                        conditions(rs.getString("ruled_out")), restrictions(rs.getString("restrictions")), rs.getString("note")))
                .list();
    }

    private static Set<RedFlagCondition> conditions(String joined) {
        Set<RedFlagCondition> set = EnumSet.noneOf(RedFlagCondition.class);
        if (joined != null && !joined.isBlank()) for (String code : joined.split(",")) set.add(RedFlagCondition.fromJsonName(code));
        return set;
    }

    private static List<TimedRestriction> restrictions(String joined) {
        List<TimedRestriction> list = new ArrayList<>();
        if (joined == null || joined.isBlank()) return list;
        for (String part : joined.split(",")) {
            String[] kv = part.split(":");
            list.add(new TimedRestriction(Restriction.fromJsonName(kv[0]).orElseThrow(), Integer.parseInt(kv[1])));
        }
        return list;
    }
}
