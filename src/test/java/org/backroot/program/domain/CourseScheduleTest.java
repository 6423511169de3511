package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** One lesson a day: lesson N on program day N, catch-up after the last lesson, nothing before a plan. */
class CourseScheduleTest {

    private static final Course COURSE = Course.load(CourseScheduleTest.class.getClassLoader());
    private static final LocalDate START = LocalDate.parse("2026-12-02");

    @Test
    void dayOneIsTheDateOfTheFirstPlanAndNeverLess() {
        assertThat(CourseSchedule.programDay(START, START)).isEqualTo(1);
        assertThat(CourseSchedule.programDay(START, START.plusDays(9))).isEqualTo(10);
        assertThat(CourseSchedule.programDay(START, START.minusDays(1))).isEqualTo(1);
    }

    @Test
    void beforeAnyPlanNoLessonIsUnlockedOrSuggested() {
        assertThat(CourseSchedule.lessonOfTheDay(COURSE, OptionalInt.empty(), Set.of())).isEmpty();
        assertThat(COURSE.lessons()).noneMatch(l -> CourseSchedule.unlocked(l, OptionalInt.empty()));
    }

    @Test
    void lessonNIsSuggestedOnDayNEvenWhenEarlierOnesWereSkipped() {
        assertThat(CourseSchedule.lessonOfTheDay(COURSE, OptionalInt.of(1), Set.of())).map(Lesson::id).contains("hurt-and-harm");
        assertThat(CourseSchedule.lessonOfTheDay(COURSE, OptionalInt.of(3), Set.of())).map(Lesson::id).contains("what-scans-show");
        assertThat(CourseSchedule.lessonOfTheDay(COURSE, OptionalInt.of(9), Set.of("hurt-and-harm"))).map(Lesson::id).contains("your-flare-plan");
        assertThat(CourseSchedule.unlocksOn(COURSE.byNumber(3).orElseThrow(), START)).isEqualTo(LocalDate.parse("2026-12-04"));
    }

    @Test
    void afterTheLastLessonTheFirstUnreadOneIsSuggestedUntilDay28() {
        Set<String> readAllButTwo = Set.of("hurt-and-harm", "a-sensitive-alarm", "stress-and-tension", "sleep-and-the-loop",
                "fear-and-avoidance", "breathing", "pacing", "your-flare-plan", "staying-well");
        assertThat(CourseSchedule.lessonOfTheDay(COURSE, OptionalInt.of(11), readAllButTwo)).map(Lesson::id).contains("what-scans-show");
        assertThat(CourseSchedule.lessonOfTheDay(COURSE, OptionalInt.of(28), readAllButTwo)).map(Lesson::id).contains("what-scans-show");
        assertThat(CourseSchedule.lessonOfTheDay(COURSE, OptionalInt.of(29), readAllButTwo)).isEmpty();
        Set<String> all = Set.copyOf(COURSE.lessons().stream().map(Lesson::id).toList());
        assertThat(CourseSchedule.lessonOfTheDay(COURSE, OptionalInt.of(12), all)).isEmpty();
    }

    @Property
    void aLessonIsUnlockedExactlyFromItsOwnDay(@ForAll @IntRange(min = 0, max = 400) int daysSinceStart,
                                               @ForAll @IntRange(min = 1, max = 10) int number) {
        LocalDate today = START.plusDays(daysSinceStart);
        int day = CourseSchedule.programDay(START, today);
        Lesson lesson = COURSE.byNumber(number).orElseThrow();
        assertThat(day).isEqualTo(daysSinceStart + 1);
        assertThat(CourseSchedule.unlocked(lesson, OptionalInt.of(day))).isEqualTo(!today.isBefore(CourseSchedule.unlocksOn(lesson, START)));
    }
}
