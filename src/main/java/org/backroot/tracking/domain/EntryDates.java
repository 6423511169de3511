package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.ValidationException;

/**
 * Which days a person may log: today and the {@value #MAX_DAYS_BACK} days before it, never the future.
 * "Today" is the person's own calendar date, passed in by the caller.
 */
public final class EntryDates {

    /** How far back a check-in or practice entry may be written, in days. */
    public static final int MAX_DAYS_BACK = 60;
    /** Field name used for date problems. */
    public static final String FIELD = "date";

    private EntryDates() {
    }

    /** True when {@code date} may be logged on {@code today}. */
    public static boolean allows(LocalDate date, LocalDate today) {
        return problem(date, today).isEmpty();
    }

    /** The earliest date that may be logged on {@code today}. */
    public static LocalDate earliest(LocalDate today) {
        return today.minusDays(MAX_DAYS_BACK);
    }

    /**
     * Parses an ISO date such as {@code 2026-03-14}, e.g. from a URL path.
     *
     * @throws ValidationException on field {@code date} when the text is not a date
     */
    public static LocalDate parse(String text) {
        LocalDate date = parseOrNull(text);
        if (date == null) throw new ValidationException(FIELD, formatMessage());
        return date;
    }

    static LocalDate parseOrNull(Object raw) {
        return DateInput.parseOrNull(raw);
    }

    static String formatMessage() {
        return "must be a date written as YYYY-MM-DD, such as 2026-03-14";
    }

    static Optional<String> problem(LocalDate date, LocalDate today) {
        if (date == null) return Optional.of(formatMessage());
        if (date.isAfter(today)) return Optional.of("must not be in the future (today is " + today + ")");
        if (date.isBefore(earliest(today))) {
            return Optional.of("must be within the last " + MAX_DAYS_BACK + " days, from " + earliest(today) + " to " + today);
        }
        return Optional.empty();
    }
}
