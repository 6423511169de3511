package org.backroot.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.backroot.program.domain.FlarePlan;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The course: lessons read and answered per person, the person's flare plan, and when their program began. */
@Repository
class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the person's first plan was made, empty before any plan. */
    Optional<Instant> programStartedAt(String userId) {
        return jdbc.sql("SELECT MIN(created_at) AS started FROM weekly_plan WHERE user_id = :user").param("user", userId)
                .query((rs, n) -> Optional.ofNullable(Timestamps.parse(rs.getString("started")))).list().stream()
                .flatMap(Optional::stream).findFirst();
    }

    /** Records the first opening; opening again keeps the first time. */
    void markRead(String userId, String lessonId, Instant at) {
        jdbc.sql("INSERT INTO lesson_progress (user_id, lesson_id, read_at) VALUES (:user, :lesson, :at)"
                        + " ON CONFLICT (user_id, lesson_id) DO UPDATE SET read_at = COALESCE(lesson_progress.read_at, excluded.read_at)")
                .param("user", userId).param("lesson", lessonId).param("at", Timestamps.format(at)).update();
    }

    /** Stores the latest answer; answering also counts as having read the lesson. */
    void saveAnswer(String userId, String lessonId, String answer, boolean correct, Instant at) {
        jdbc.sql("INSERT INTO lesson_progress (user_id, lesson_id, read_at, answer, correct, answered_at) VALUES (:user, :lesson, :at, :answer, :correct, :at)"
                        + " ON CONFLICT (user_id, lesson_id) DO UPDATE SET read_at = COALESCE(lesson_progress.read_at, excluded.read_at),"
                        + " answer = excluded.answer, correct = excluded.correct, answered_at = excluded.answered_at")
                .param("user", userId).param("lesson", lessonId).param("at", Timestamps.format(at)).param("answer", answer)
                .param("correct", correct).update();
    }

    /** Progress by lesson id, for every lesson the person has opened or answered. */
    Map<String, LessonProgress> progress(String userId) {
        Map<String, LessonProgress> byLesson = new LinkedHashMap<>();
        jdbc.sql("SELECT lesson_id, read_at, answer, correct, answered_at FROM lesson_progress WHERE user_id = :user ORDER BY lesson_id")
                .param("user", userId).query(CourseRepository::toProgress).list().forEach(p -> byLesson.put(p.lessonId(), p));
        return byLesson;
    }

    void saveFlarePlan(String userId, FlarePlan plan, Instant at) {
        jdbc.sql("INSERT INTO flare_plan (user_id, what_helps, first_days, contacts, keep_doing, updated_at) VALUES (:user, :helps, :days, :contacts, :keep, :at)"
                        + " ON CONFLICT (user_id) DO UPDATE SET what_helps = excluded.what_helps, first_days = excluded.first_days,"
                        + " contacts = excluded.contacts, keep_doing = excluded.keep_doing, updated_at = excluded.updated_at")
                .param("user", userId).param("helps", plan.whatHelps()).param("days", plan.firstDays()).param("contacts", plan.contacts())
                .param("keep", plan.keepDoing()).param("at", Timestamps.format(at)).update();
    }

    Optional<StoredFlarePlan> flarePlan(String userId) {
        return jdbc.sql("SELECT what_helps, first_days, contacts, keep_doing, updated_at FROM flare_plan WHERE user_id = :user")
                .param("user", userId)
                .query((rs, n) -> new StoredFlarePlan(new FlarePlan(rs.getString("what_helps"), rs.getString("first_days"),
                        rs.getString("contacts"), rs.getString("keep_doing")), Timestamps.parse(rs.getString("updated_at"))))
                .optional();
    }

    private static LessonProgress toProgress(ResultSet rs, int row) throws SQLException {
        boolean correct = rs.getBoolean("correct");
        Boolean answeredCorrectly = rs.wasNull() ? null : correct;
        return new LessonProgress(rs.getString("lesson_id"), Timestamps.parse(rs.getString("read_at")), rs.getString("answer"),
                answeredCorrectly, Timestamps.parse(rs.getString("answered_at")));
    }
}
