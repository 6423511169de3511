package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One day's value of any numeric daily metric (pain, stress, sleep hours, active minutes, sitting hours, ...).
 *
 * @param date  the day
 * @param value the value, a finite number
 */
public record TrendPoint(LocalDate date, double value) {

    public TrendPoint {
        if (date == null) throw new IllegalArgumentException("date: must be given");
        if (!Double.isFinite(value)) throw new IllegalArgumentException("value: must be a finite number, was " + value);
    }

    /**
     * Points from any daily rows, e.g. {@code TrendPoint.of(records, DayRecord::date, DayRecord::sleepHours)};
     * rows whose value is null are left out (a missing day).
     */
    public static <T> List<TrendPoint> of(Collection<T> rows, Function<T, LocalDate> date, Function<T, ? extends Number> value) {
        List<TrendPoint> points = new ArrayList<>();
        for (T row : rows) {
            Number v = value.apply(row);
            if (v != null) points.add(new TrendPoint(date.apply(row), v.doubleValue()));
        }
        return points;
    }
}
