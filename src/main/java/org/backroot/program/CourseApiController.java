package org.backroot.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.Component;
import org.backroot.program.domain.Lesson;
import org.backroot.program.domain.PlanItemKind;
import org.backroot.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The short course through the API: {@code GET /api/v1/lessons} (every lesson with the person's progress),
 * {@code GET /api/v1/lessons/{id}}, {@code POST /api/v1/lessons/{id}/read}, {@code POST /api/v1/lessons/{id}/answer}
 * ({@code {"answer":"b"}}), and the person's flare plan at {@code GET/PUT /api/v1/flare-plan}. The right answer
 * and its explanation are in a lesson only once the person has answered it.
 */
@RestController
class CourseApiController {

    record CourseJson(Integer programDay, String lessonOfTheDay, int lessonsRead, List<LessonJson> lessons) {
    }

    record ExplainsJson(List<String> components, List<String> kinds, List<String> activities) {
        static ExplainsJson of(Lesson.Explains e) {
            return new ExplainsJson(e.components().stream().sorted().map(Component::id).toList(),
                    e.kinds().stream().sorted().map(PlanItemKind::code).toList(), e.activities());
        }
    }

    record OptionJson(String id, String text) {
    }

    record QuestionJson(String prompt, List<OptionJson> options) {
    }

    record AnswerJson(String lessonId, String answer, boolean correct, String rightAnswer, String explanation, Instant answeredAt) {
    }

    record LessonJson(String id, int number, String title, String summary, List<String> paragraphs, List<String> sources,
                      int readingMinutes, ExplainsJson explains, boolean unlocked, LocalDate unlocksOn, boolean read, Instant readAt,
                      QuestionJson question, AnswerJson answer) {

        static LessonJson of(CourseService.LessonView v) {
            Lesson l = v.lesson();
            AnswerJson answer = v.answered()
                    ? new AnswerJson(l.id(), v.chosen(), Boolean.TRUE.equals(v.correct()), l.question().answer(), l.question().explanation(),
                            v.progress().answeredAt())
                    : null;
            return new LessonJson(l.id(), l.number(), l.title(), l.summary(), l.paragraphs(), l.sources(), l.readingMinutes(),
                    ExplainsJson.of(l.explains()), v.unlocked(), v.unlocksOn(), v.read(), v.read() ? v.progress().readAt() : null,
                    new QuestionJson(l.question().prompt(), l.question().options().stream().map(o -> new OptionJson(o.id(), o.text())).toList()),
                    answer);
        }
    }

    record AnswerBody(String answer) {
    }

    record FlarePlanBody(String whatHelps, String firstDays, String contacts, String keepDoing) {
    }

    record FlarePlanJson(String whatHelps, String firstDays, String contacts, String keepDoing, Instant updatedAt) {
        static FlarePlanJson of(StoredFlarePlan s) {
            return new FlarePlanJson(s.plan().whatHelps(), s.plan().firstDays(), s.plan().contacts(), s.plan().keepDoing(), s.updatedAt());
        }
    }

    private final CourseService course;

    CourseApiController(CourseService course) {
        this.course = course;
    }

    @GetMapping("/api/v1/lessons")
    CourseJson lessons(@AuthenticationPrincipal CurrentUser user) {
        CourseService.CourseView v = course.view(user.id());
        return new CourseJson(v.day(), v.lessonOfTheDay() == null ? null : v.lessonOfTheDay().lesson().id(), (int) v.readCount(),
                v.lessons().stream().map(LessonJson::of).toList());
    }

    @GetMapping("/api/v1/lessons/{id}")
    LessonJson lesson(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return LessonJson.of(course.lesson(user.id(), id));
    }

    @PostMapping("/api/v1/lessons/{id}/read")
    LessonJson read(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        return LessonJson.of(course.open(user.id(), id));
    }

    @PostMapping("/api/v1/lessons/{id}/answer")
    AnswerJson answer(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestBody(required = false) AnswerBody body) {
        CourseService.AnswerResult r = course.answer(user.id(), id, body == null ? null : body.answer());
        CourseService.LessonView v = course.lesson(user.id(), id);
        return new AnswerJson(r.lesson().id(), r.chosen(), r.correct(), r.rightOption().id(), r.explanation(), v.progress().answeredAt());
    }

    @GetMapping("/api/v1/flare-plan")
    FlarePlanJson flarePlan(@AuthenticationPrincipal CurrentUser user) {
        return course.flarePlan(user.id()).map(FlarePlanJson::of)
                .orElseThrow(() -> new NotFoundException("No flare plan yet; write one with PUT /api/v1/flare-plan"));
    }

    @PutMapping("/api/v1/flare-plan")
    ResponseEntity<FlarePlanJson> saveFlarePlan(@AuthenticationPrincipal CurrentUser user, @RequestBody(required = false) FlarePlanBody body) {
        FlarePlanBody b = body == null ? new FlarePlanBody(null, null, null, null) : body;
        return ResponseEntity.ok(FlarePlanJson.of(course.saveFlarePlan(user.id(), b.whatHelps(), b.firstDays(), b.contacts(), b.keepDoing())));
    }
}
