package org.backroot.insights.domain;

/**
 * Typical weekday and weekend levels of the daily drivers in the simulator: people sit more at work,
 * move more and sleep longer at the weekend.
 */
public record SimWeeklyRhythm(
        double weekdaySittingHours,
        double weekendSittingHours,
        double weekdayActiveMinutes,
        double weekendActiveMinutes,
        double weekdaySleepHours,
        double weekendSleepHours) {

    public SimWeeklyRhythm {
        requireBetween("weekdaySittingHours", weekdaySittingHours, 0, 16);
        requireBetween("weekendSittingHours", weekendSittingHours, 0, 16);
        requireBetween("weekdayActiveMinutes", weekdayActiveMinutes, 0, 300);
        requireBetween("weekendActiveMinutes", weekendActiveMinutes, 0, 300);
        requireBetween("weekdaySleepHours", weekdaySleepHours, 3, 12);
        requireBetween("weekendSleepHours", weekendSleepHours, 3, 12);
    }

    /** An office worker: 6.5 h sitting on weekdays, more movement and sleep at the weekend. */
    public static SimWeeklyRhythm officeWorker() {
        return new SimWeeklyRhythm(6.5, 4.0, 25, 45, 6.7, 7.5);
    }

    static void requireBetween(String field, double value, double min, double max) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new IllegalArgumentException(field + ": must be between " + min + " and " + max + ", was " + value);
        }
    }
}
