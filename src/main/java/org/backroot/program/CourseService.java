package org.backroot.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.backroot.account.PersonalClock;
import org.backroot.program.domain.Course;
import org.backroot.program.domain.CourseSchedule;
import org.backroot.program.domain.FlarePlan;
import org.backroot.program.domain.Lesson;
import org.backroot.program.domain.Phase;
import org.backroot.shared.NotFoundException;
import org.backroot.shared.Timestamps;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short course for one person: which lessons are due by their program day (their own date, see
 * {@link PersonalClock}), what they have read and answered, and their own flare plan. Reading and
 * writing here is allowed whatever the safety status: understanding never hurts, and the course holds
 * no movement.
 */
@Service
public class CourseService {

    /** One lesson as one person sees it. */
    public record LessonView(Lesson lesson, boolean unlocked, LocalDate unlocksOn, LessonProgress progress) {

        public boolean read() {
            return progress != null && progress.read();
        }

        public boolean answered() {
            return progress != null && progress.answered();
        }

        /** True or false once answered, else null. */
        public Boolean correct() {
            return progress == null ? null : progress.correct();
        }

        /** The option id chosen last, or null. */
        public String chosen() {
            return progress == null ? null : progress.answer();
        }
    }

    /**
     * The whole course for one person.
     *
     * @param programDay    1 on the date of their first plan, empty before any plan
     * @param lessons       every lesson, by number
     * @param lessonOfTheDay the lesson Today suggests, or null
     */
    public record CourseView(OptionalInt programDay, List<LessonView> lessons, LessonView lessonOfTheDay) {

        public Integer day() {
            return programDay.isPresent() ? programDay.getAsInt() : null;
        }

        public long readCount() {
            return lessons.stream().filter(LessonView::read).count();
        }
    }

    /** What the person sees after answering: their choice, the right option and the explanation. */
    public record AnswerResult(Lesson lesson, String chosen, boolean correct) {

        public Lesson.Option rightOption() {
            return lesson.question().rightOption();
        }

        public String explanation() {
            return lesson.question().explanation();
        }
    }

    /** What Today needs: the lesson of the day, and in a flare the person's flare plan. */
    public record TodayView(CourseView course, boolean inFlare, StoredFlarePlan flarePlan, Lesson flarePlanLesson) {
    }

    private final Course course;
    private final CourseRepository repository;
    private final PlanService plans;
    private final PersonalClock clock;

    CourseService(Course course, CourseRepository repository, PlanService plans, PersonalClock clock) {
        this.course = course;
        this.repository = repository;
        this.plans = plans;
        this.clock = clock;
    }

    public Course course() {
        return course;
    }

    public CourseView view(String userId) {
        Optional<Instant> started = repository.programStartedAt(userId);
        OptionalInt day = started.isPresent()
                ? OptionalInt.of(CourseSchedule.programDay(clock.dateOf(userId, started.get()), clock.today(userId)))
                : OptionalInt.empty();
        LocalDate start = started.map(s -> clock.dateOf(userId, s)).orElse(null);
        Map<String, LessonProgress> progress = repository.progress(userId);
        List<LessonView> lessons = course.lessons().stream()
                .map(l -> new LessonView(l, CourseSchedule.unlocked(l, day), start == null ? null : CourseSchedule.unlocksOn(l, start),
                        progress.get(l.id())))
                .toList();
        Set<String> read = progress.values().stream().filter(LessonProgress::read).map(LessonProgress::lessonId)
                .collect(java.util.stream.Collectors.toSet());
        LessonView ofTheDay = CourseSchedule.lessonOfTheDay(course, day, read).map(l -> lessons.get(l.number() - 1)).orElse(null);
        return new CourseView(day, lessons, ofTheDay);
    }

    /** One lesson for this person, or a 404. */
    public LessonView lesson(String userId, String lessonId) {
        Lesson lesson = require(lessonId);
        return view(userId).lessons().get(lesson.number() - 1);
    }

    /** Records that the person opened the lesson (the first time counts) and answers it. */
    @Transactional
    public LessonView open(String userId, String lessonId) {
        Lesson lesson = require(lessonId);
        repository.markRead(userId, lesson.id(), clock.now());
        return lesson(userId, lessonId);
    }

    /** Checks and stores an answer (the latest counts); 404 for an unknown lesson, 400 naming "answer" for a bad option. */
    @Transactional
    public AnswerResult answer(String userId, String lessonId, String optionId) {
        Lesson lesson = require(lessonId);
        String chosen = optionId == null ? "" : optionId.strip().toLowerCase(java.util.Locale.ROOT);
        if (lesson.question().option(chosen).isEmpty()) {
            String ids = String.join(", ", lesson.question().options().stream().map(Lesson.Option::id).toList());
            throw new ValidationException("answer", chosen.isEmpty() ? "choose one of the answers (" + ids + ")"
                    : "must be one of " + ids);
        }
        boolean correct = lesson.question().isRight(chosen);
        repository.saveAnswer(userId, lesson.id(), chosen, correct, clock.now());
        return new AnswerResult(lesson, chosen, correct);
    }

    public Optional<StoredFlarePlan> flarePlan(String userId) {
        return repository.flarePlan(userId);
    }

    /** Validates (400 naming each bad field) and saves the person's flare plan, replacing the earlier one. */
    @Transactional
    public StoredFlarePlan saveFlarePlan(String userId, String whatHelps, String firstDays, String contacts, String keepDoing) {
        FlarePlan plan = new FlarePlan(whatHelps, firstDays, contacts, keepDoing);
        Instant at = Timestamps.stored(clock.now());
        repository.saveFlarePlan(userId, plan, at);
        return new StoredFlarePlan(plan, at);
    }

    /** The saved parts by field name, "" where not written (or no plan yet): what the flare-plan form starts from. */
    public Map<String, String> flarePlanValues(String userId) {
        Optional<FlarePlan> plan = flarePlan(userId).map(StoredFlarePlan::plan);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String f : FlarePlan.FIELDS) values.put(f, plan.map(p -> p.part(f)).orElse(""));
        return values;
    }

    /** The lesson whose page carries the flare-plan form, if the course has one. */
    public Optional<Lesson> flarePlanLesson() {
        return course.lessons().stream().filter(Lesson::hasFlarePlanForm).findFirst();
    }

    /** Today's course card, and the flare plan while the program is in its calm (flare) phase. */
    public TodayView today(String userId) {
        boolean inFlare = plans.phase(userId) == Phase.CALM;
        return new TodayView(view(userId), inFlare, inFlare ? flarePlan(userId).orElse(null) : null, flarePlanLesson().orElse(null));
    }

    private Lesson require(String lessonId) {
        return course.byId(lessonId).orElseThrow(() -> new NotFoundException("No lesson called '" + lessonId + "'"));
    }
}
