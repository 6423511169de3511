package org.backroot.account;

import java.util.Optional;

import org.backroot.account.domain.AboutYou;
import org.backroot.account.domain.PersonZone;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's time zone (column app_user.time_zone) and their "about you" answers (table about_you). */
@Repository
class PersonRepository {

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when there is no such account. */
    Optional<PersonZone> zone(String userId) {
        return jdbc.sql("SELECT time_zone FROM app_user WHERE id = :id").param("id", userId)
                .query(String.class).optional().map(PersonRepository::readZone);
    }

    /** False when there is no such account. */
    boolean updateZone(String userId, PersonZone zone) {
        return jdbc.sql("UPDATE app_user SET time_zone = :zone WHERE id = :id")
                .param("zone", zone.text()).param("id", userId).update() == 1;
    }

    AboutYou about(String userId) {
        return jdbc.sql("""
                SELECT birth_year, sex, pregnancy, active_cancer_treatment, osteoporosis_medication
                FROM about_you WHERE user_id = :id""")
                .param("id", userId)
                .query((rs, n) -> new AboutYou(
                        (Integer) rs.getObject("birth_year") == null ? null : rs.getInt("birth_year"),
                        rs.getString("sex") == null ? null : AboutYou.Sex.fromCode(rs.getString("sex")),
                        rs.getString("pregnancy") == null ? null : AboutYou.Pregnancy.fromCode(rs.getString("pregnancy")),
                        bool(rs.getObject("active_cancer_treatment")),
                        bool(rs.getObject("osteoporosis_medication"))))
                .optional().orElse(AboutYou.UNANSWERED);
    }

    void saveAbout(String userId, AboutYou about, java.time.Instant at) {
        jdbc.sql("""
                INSERT INTO about_you (user_id, birth_year, sex, pregnancy, active_cancer_treatment, osteoporosis_medication, updated_at)
                VALUES (:id, :year, :sex, :pregnancy, :cancer, :osteo, :at)
                ON CONFLICT (user_id) DO UPDATE SET birth_year = excluded.birth_year, sex = excluded.sex,
                    pregnancy = excluded.pregnancy, active_cancer_treatment = excluded.active_cancer_treatment,
                    osteoporosis_medication = excluded.osteoporosis_medication, updated_at = excluded.updated_at""")
                .param("id", userId)
                .param("year", about.birthYear())
                .param("sex", about.sex() == null ? null : about.sex().code())
                .param("pregnancy", about.pregnancy() == null ? null : about.pregnancy().code())
                .param("cancer", about.activeCancerTreatment())
                .param("osteo", about.osteoporosisMedication())
                .param("at", Timestamps.format(at))
                .update();
    }

    private static PersonZone readZone(String text) {
        try {
            return PersonZone.of(text);
        } catch (IllegalArgumentException e) {
            return PersonZone.UTC;  // a zone id the running JDK no longer knows: fall back rather than fail every page
        }
    }

    /** SQLite hands booleans back as integers, PostgreSQL as booleans. */
    private static Boolean bool(Object value) {
        if (value == null) return null;
        if (value instanceof Boolean b) return b;
        if (value instanceof Number n) return n.intValue() != 0;
        return Boolean.parseBoolean(value.toString());
    }
}
