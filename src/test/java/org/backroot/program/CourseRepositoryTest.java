package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.backroot.program.domain.FlarePlan;
import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Lesson progress, flare plans and the program's first day, on SQLite and PostgreSQL. */
class CourseRepositoryTest {

    static final Instant AT = Instant.parse("2026-12-02T10:00:00.123Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theFirstOpeningCountsAndTheLatestAnswerCounts(Database db) {
        CourseRepository repo = new CourseRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        String ben = TestPeople.insert(db, "Ben");
        repo.markRead(ann, "hurt-and-harm", AT);
        repo.markRead(ann, "hurt-and-harm", AT.plusSeconds(3600));
        assertThat(repo.progress(ann).get("hurt-and-harm")).isEqualTo(new LessonProgress("hurt-and-harm", AT, null, null, null));

        repo.saveAnswer(ann, "hurt-and-harm", "a", false, AT.plusSeconds(60));
        repo.saveAnswer(ann, "hurt-and-harm", "b", true, AT.plusSeconds(120));
        repo.saveAnswer(ann, "pacing", "c", false, AT.plusSeconds(180));
        assertThat(repo.progress(ann)).hasSize(2);
        assertThat(repo.progress(ann).get("hurt-and-harm")).isEqualTo(new LessonProgress("hurt-and-harm", AT, "b", true, AT.plusSeconds(120)));
        assertThat(repo.progress(ann).get("pacing")).isEqualTo(new LessonProgress("pacing", AT.plusSeconds(180), "c", false, AT.plusSeconds(180)));
        assertThat(repo.progress(ben)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFlarePlanIsReplacedWholeAndBelongsToItsPerson(Database db) {
        CourseRepository repo = new CourseRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        assertThat(repo.flarePlan(ann)).isEmpty();
        repo.saveFlarePlan(ann, new FlarePlan("Warmth", "Walk 5 minutes every hour", "Sam", null), AT);
        FlarePlan second = new FlarePlan(null, "Gentle walks; my calm plan", null, "Work, with breaks " + "x".repeat(470));
        repo.saveFlarePlan(ann, second, AT.plusSeconds(5));
        assertThat(repo.flarePlan(ann)).contains(new StoredFlarePlan(second, AT.plusSeconds(5)));
        assertThat(repo.flarePlan(TestPeople.insert(db, "Ben"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theProgramStartsWithThePersonsFirstPlan(Database db) {
        CourseRepository repo = new CourseRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        assertThat(repo.programStartedAt(ann)).isEmpty();
        for (String at : new String[] {"2026-12-05T08:00:00.000Z", "2026-12-01T23:30:00.000Z", "2026-12-09T08:00:00.000Z"}) {
            db.jdbc().sql("INSERT INTO weekly_plan (id, user_id, phase, starts_on, minutes_per_day, days, created_at)"
                            + " VALUES (:id, :user, 'build', '2026-12-01', 15, '[]', :at)")
                    .param("id", Ids.newId()).param("user", ann).param("at", at).update();
        }
        assertThat(repo.programStartedAt(ann)).contains(Instant.parse("2026-12-01T23:30:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletingThePersonRemovesTheirProgressAndPlan(Database db) {
        CourseRepository repo = new CourseRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        repo.saveAnswer(ann, "pacing", "b", true, AT);
        repo.saveFlarePlan(ann, new FlarePlan("Warmth", null, null, null), AT);
        db.jdbc().sql("DELETE FROM app_user WHERE id = :id").param("id", ann).update();
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM lesson_progress WHERE user_id = :id").param("id", ann).query(Integer.class).single()).isZero();
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM flare_plan WHERE user_id = :id").param("id", ann).query(Integer.class).single()).isZero();
    }
}
