package org.backroot.care;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backroot.care.domain.Scopes;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The care team links, keyed by the person; a clinician's list is found through the clinician_id index. */
@Repository
class CareLinkRepository {

    /** One link with the display names of both sides. */
    record StoredLink(String personId, String clinicianId, Scopes scopes, Instant since, String personName, String clinicianName) {
    }

    private static final String SELECT = """
            SELECT l.user_id, l.clinician_id, l.scopes, l.since, p.display_name, c.display_name FROM care_link l
            JOIN app_user p ON p.id = l.user_id JOIN app_user c ON c.id = l.clinician_id
            """;

    private final JdbcClient jdbc;

    CareLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the link, or replaces its scopes when the two are linked already (a new invitation, the same clinician). */
    void link(String personId, String clinicianId, Scopes scopes, Instant since) {
        jdbc.sql("""
                INSERT INTO care_link (user_id, clinician_id, scopes, since) VALUES (:user, :clinician, :scopes, :since)
                ON CONFLICT (user_id, clinician_id) DO UPDATE SET scopes = excluded.scopes""")
                .param("user", personId).param("clinician", clinicianId).param("scopes", scopes.storedForm())
                .param("since", Timestamps.format(since)).update();
    }

    Optional<StoredLink> find(String personId, String clinicianId) {
        return jdbc.sql(SELECT + """
                 WHERE l.user_id = :user AND l.clinician_id = :clinician""")
                .param("user", personId).param("clinician", clinicianId).query(CareLinkRepository::row).optional();
    }

    /** The person's team, longest-standing first. */
    List<StoredLink> team(String personId) {
        return jdbc.sql(SELECT + """
                 WHERE l.user_id = :user ORDER BY l.since, l.clinician_id""")
                .param("user", personId).query(CareLinkRepository::row).list();
    }

    /** The clinician's people, by name. */
    List<StoredLink> people(String clinicianId) {
        return jdbc.sql(SELECT + """
                 WHERE l.clinician_id = :clinician ORDER BY p.display_name, l.user_id""")
                .param("clinician", clinicianId).query(CareLinkRepository::row).list();
    }

    boolean updateScopes(String personId, String clinicianId, Scopes scopes) {
        return jdbc.sql("UPDATE care_link SET scopes = :scopes WHERE user_id = :user AND clinician_id = :clinician")
                .param("scopes", scopes.storedForm()).param("user", personId).param("clinician", clinicianId).update() == 1;
    }

    boolean delete(String personId, String clinicianId) {
        return jdbc.sql("DELETE FROM care_link WHERE user_id = :user AND clinician_id = :clinician")
                .param("user", personId).param("clinician", clinicianId).update() == 1;
    }

    /** Removes a clinician from every team (their account is being deleted); answers how many links went. */
    int deleteClinician(String clinicianId) {
        return jdbc.sql("DELETE FROM care_link WHERE clinician_id = :clinician").param("clinician", clinicianId).update();
    }

    private static StoredLink row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredLink(rs.getString(1), rs.getString(2), Scopes.stored(rs.getString(3)), Timestamps.parse(rs.getString(4)), rs.getString(5), rs.getString(6));
    }
}
