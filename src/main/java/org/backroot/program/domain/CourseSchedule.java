package org.backroot.program.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One lesson a day in the first weeks of the program. Day 1 is the person's own date on which their first
 * plan was made; lesson N is unlocked (and suggested on Today) on program day N. After the last lesson's day,
 * Today keeps suggesting the first unlocked lesson not yet read, until day {@value #CATCH_UP_UNTIL_DAY}.
 * Every lesson can be read from Learn at any time; "unlocked" only says it is due.
 */
public final class CourseSchedule {

    /** Last program day on which Today suggests a lesson that was missed. */
    public static final int CATCH_UP_UNTIL_DAY = 28;

    private CourseSchedule() {
    }

    /** 1 on {@code start}, 2 the day after, ...; never below 1. */
    public static int programDay(LocalDate start, LocalDate today) {
        long days = ChronoUnit.DAYS.between(start, today);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, days + 1));
    }

    /** The date a lesson is unlocked on, for a program that started on {@code start}. */
    public static LocalDate unlocksOn(Lesson lesson, LocalDate start) {
        return start.plusDays(lesson.number() - 1L);
    }

    public static boolean unlocked(Lesson lesson, OptionalInt programDay) {
        return programDay.isPresent() && programDay.getAsInt() >= lesson.number();
    }

    /**
     * The lesson to suggest on Today: lesson N on day N; after the last lesson's day and up to day
     * {@value #CATCH_UP_UNTIL_DAY}, the first lesson not yet read; otherwise none.
     */
    public static Optional<Lesson> lessonOfTheDay(Course course, OptionalInt programDay, Set<String> readLessonIds) {
        if (programDay.isEmpty()) return Optional.empty();
        int day = programDay.getAsInt();
        if (day <= course.size()) return course.byNumber(day);
        if (day > CATCH_UP_UNTIL_DAY) return Optional.empty();
        return course.lessons().stream().filter(l -> !readLessonIds.contains(l.id())).findFirst();
    }
}
