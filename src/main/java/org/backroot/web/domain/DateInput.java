package org.backroot.web.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one reader for dates a person or client sends: ISO {@code YYYY-MM-DD} only, never before
 * {@link #EARLIEST} (nothing Backroot records happened earlier) and, for things that already happened, never
 * after the person's own today. Years like -999999999 or +10000 are refused here, before any database sees them.
 */
public final class DateInput {

    /** The earliest date any field accepts. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date any field accepts at all (fields about the past stop at today). */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    public static final String FORMAT = "must be a date written as YYYY-MM-DD, such as 2026-03-14";

    private DateInput() {
    }

    /** An ISO date (text or a LocalDate) from 1900-01-01 to 9999-12-31, or null when {@code raw} is anything else. */
    public static LocalDate parseOrNull(Object raw) {
        LocalDate date = null;
        if (raw instanceof LocalDate d) {
            date = d;
        } else if (raw instanceof CharSequence s) {
            String text = s.toString().strip();
            if (text.length() != 10) return null; // four-digit years only: no signs, no six-digit years
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST) ? null : date;
    }

    /** What is wrong with {@code date} for a field that must lie from {@code earliest} to {@code latest}, both included. */
    public static Optional<String> problem(LocalDate date, LocalDate earliest, LocalDate latest) {
        if (date == null) return Optional.of(FORMAT);
        if (date.isAfter(latest)) {
            return Optional.of(latest.equals(LATEST) ? FORMAT : "must not be after " + latest);
        }
        if (date.isBefore(earliest)) return Optional.of("must be from " + earliest + " to " + latest);
        return Optional.empty();
    }

    /** A date in the past or today: {@link #EARLIEST} to {@code today}. */
    public static Optional<String> problemForPast(LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) return Optional.of("must not be in the future (today is " + today + ")");
        return problem(date, EARLIEST, today);
    }

    /**
     * Reads a date that already happened. Blank or absent answers {@code ifAbsent}.
     *
     * @throws ValidationException naming {@code field} when the text is not a date from 1900-01-01 to {@code today}
     */
    public static LocalDate readPast(String field, Object raw, LocalDate today, LocalDate ifAbsent) {
        if (raw == null || raw instanceof CharSequence s && s.toString().isBlank()) return ifAbsent;
        LocalDate date = parseOrNull(raw);
        Optional<String> problem = problemForPast(date, today);
        if (problem.isPresent()) throw new ValidationException(field, problem.get());
        return date;
    }
}
