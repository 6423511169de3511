package org.backroot.tracking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * A validated {@code from..to} range for listing check-ins and practice, both days included. Missing
 * {@code to} means today; missing {@code from} means 30 days ending at {@code to}.
 */
public record DateRange(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final String FROM = "from";
    static final String TO = "to";
    private static final String DATE_FORMAT = "must be a date written as YYYY-MM-DD, such as 2026-03-14";

    static DateRange of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        if (start.isAfter(end)) throw new ValidationException(FROM, "must not be after to (" + end + ")");
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new ValidationException(TO, "must be at most " + MAX_DAYS + " days after from (" + start + ")");
        }
        return new DateRange(start, end);
    }

    /** Parses query parameters, naming each one that is not a date; blank means not given. */
    public static DateRange parse(String from, String to, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = parse(FROM, from, errors);
        LocalDate end = parse(TO, to, errors);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return of(start, end, today);
    }

    /** An ISO date, or null when {@code text} is not one (the domain then reports the field). */
    static LocalDate parseOrNull(String text) {
        return DateInput.parseOrNull(text);
    }

    private static LocalDate parse(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) return null;
        LocalDate date = parseOrNull(text);
        if (date == null) errors.add(new FieldError(field, DATE_FORMAT));
        return date;
    }
}
