package org.backroot.program.domain;

/**
 * How much of an activity to do. Every field is optional, but at least one must be given. When
 * {@code perSide} is true, reps and holds are counted for each side (the activity must then be sided).
 *
 * @param sets          rounds, 1-10
 * @param reps          repetitions per set, 1-100
 * @param holdSec       seconds to hold each repetition or position, 1-600
 * @param durationMin   minutes of continuous practice, 1-60
 * @param perSide       true when reps/holds are counted for each side
 * @param breathsPerMin breathing rate, 2-20 (must match inhaleSec + exhaleSec when both are given)
 * @param inhaleSec     seconds in, 1-20
 * @param exhaleSec     seconds out, 1-20
 * @param restSec       rest between sets, 0-600
 * @param timesPerDay   for habits and short breaks, 1-24
 * @param daysPerWeek   for habits, 1-7
 */
public record ActivityDose(
        Integer sets,
        Integer reps,
        Integer holdSec,
        Integer durationMin,
        boolean perSide,
        Double breathsPerMin,
        Integer inhaleSec,
        Integer exhaleSec,
        Integer restSec,
        Integer timesPerDay,
        Integer daysPerWeek) {

    public ActivityDose {
        range("sets", sets, 1, 10, "");
        range("reps", reps, 1, 100, "");
        range("holdSec", holdSec, 1, 600, " seconds");
        range("durationMin", durationMin, 1, 60, " minutes");
        range("inhaleSec", inhaleSec, 1, 20, " seconds");
        range("exhaleSec", exhaleSec, 1, 20, " seconds");
        range("restSec", restSec, 0, 600, " seconds");
        range("timesPerDay", timesPerDay, 1, 24, "");
        range("daysPerWeek", daysPerWeek, 1, 7, "");
        if (breathsPerMin != null && (breathsPerMin.isNaN() || breathsPerMin < 2 || breathsPerMin > 20)) {
            throw new IllegalArgumentException("dose.breathsPerMin must be between 2 and 20, was " + breathsPerMin);
        }
        if ((inhaleSec == null) != (exhaleSec == null)) {
            throw new IllegalArgumentException("dose.inhaleSec and dose.exhaleSec must be given together");
        }
        if (breathsPerMin != null && inhaleSec != null) {
            double rhythm = 60.0 / (inhaleSec + exhaleSec);
            if (Math.abs(rhythm - breathsPerMin) > 0.5) {
                throw new IllegalArgumentException("dose.breathsPerMin " + format(breathsPerMin) + " does not match inhaleSec "
                        + inhaleSec + " + exhaleSec " + exhaleSec + " (" + format(rhythm) + " breaths a minute)");
            }
        }
        if (sets == null && reps == null && holdSec == null && durationMin == null && breathsPerMin == null
                && inhaleSec == null && timesPerDay == null && daysPerWeek == null) {
            throw new IllegalArgumentException(
                    "dose must give at least one of sets, reps, holdSec, durationMin, breathsPerMin, inhaleSec/exhaleSec, timesPerDay, daysPerWeek");
        }
    }

    private static void range(String field, Integer value, int min, int max, String unit) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException("dose." + field + " must be between " + min + " and " + max + unit + ", was " + value);
        }
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
