package org.backroot.insights.domain;

import java.time.LocalDate;

/**
 * One day of a person's life as the insights see it: the check-in answers plus how much of the day's
 * practice was done. Any measure may be null (not logged that day); whole days may be missing from a list.
 * Sleep logged on a day is the night before it.
 *
 * @param adherence share of the planned practice done that day, 0 to 1, or null when nothing was planned
 */
public record DayRecord(
        LocalDate date,
        Integer pain,
        Integer stress,
        Double sleepHours,
        Integer sleepQuality,
        Integer activeMinutes,
        Integer steps,
        Double sittingHours,
        Integer dietQuality,
        Double alcoholUnits,
        boolean flare,
        Double adherence) {

    public DayRecord {
        if (date == null) {
            throw new IllegalArgumentException("date: must be given");
        }
        checkRange("pain", pain, 0, 10);
        checkRange("stress", stress, 0, 10);
        checkRange("sleepHours", sleepHours, 0, 24);
        checkRange("sleepQuality", sleepQuality, 0, 10);
        checkRange("activeMinutes", activeMinutes, 0, 1440);
        checkRange("steps", steps, 0, 200_000);
        checkRange("sittingHours", sittingHours, 0, 24);
        checkRange("dietQuality", dietQuality, 0, 10);
        checkRange("alcoholUnits", alcoholUnits, 0, 100);
        checkRange("adherence", adherence, 0, 1);
    }

    private static void checkRange(String field, Number value, double min, double max) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        if (Double.isNaN(v) || v < min || v > max) {
            throw new IllegalArgumentException(field + ": must be between " + format(min) + " and " + format(max)
                    + " or left empty, was " + value);
        }
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}
