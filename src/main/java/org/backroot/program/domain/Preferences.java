package org.backroot.program.domain;

/**
 * How much time the person has for the program.
 *
 * @param minutesPerDay the most minutes any day of the plan may ask for, 5-60
 * @param daysPerWeek   practice days a week, 1-7 (the maintain phase uses 2-3 regardless)
 */
public record Preferences(int minutesPerDay, int daysPerWeek) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 60;

    public Preferences {
        if (minutesPerDay < MIN_MINUTES || minutesPerDay > MAX_MINUTES) {
            throw new IllegalArgumentException("minutesPerDay must be between 5 and 60, was " + minutesPerDay);
        }
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("daysPerWeek must be between 1 and 7, was " + daysPerWeek);
        }
    }
}
