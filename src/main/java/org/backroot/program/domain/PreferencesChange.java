package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a change of the person's time for the program means, in plain words: what is different, and what happened to
 * the current week. Shown once after saving, on Today or in Settings.
 */
public final class PreferencesChange {

    private PreferencesChange() {
    }

    /**
     * @param before       the preferences before the change; null when there were none (the defaults were used)
     * @param after        the preferences now saved
     * @param planRemade   whether the current week's plan was made again from today
     */
    public static String describe(Preferences before, Preferences after, boolean planRemade) {
        if (after == null) throw new IllegalArgumentException("after must be given");
        if (after.equals(before)) {
            return "Nothing changed: your plan already asks for up to " + minutes(after.minutesPerDay()) + " a day on "
                    + days(after.daysPerWeek()) + " a week.";
        }
        List<String> changes = new ArrayList<>();
        if (before == null || before.minutesPerDay() != after.minutesPerDay()) {
            changes.add("up to " + minutes(after.minutesPerDay()) + " a day"
                    + (before == null ? "" : " (was " + minutes(before.minutesPerDay()) + ")"));
        }
        if (before == null || before.daysPerWeek() != after.daysPerWeek()) {
            changes.add(days(after.daysPerWeek()) + " a week" + (before == null ? "" : " (was " + before.daysPerWeek() + ")"));
        }
        String what = "Saved: " + String.join(" and ", changes) + ".";
        return planRemade
                ? what + " Your plan for this week was made again from today to fit."
                : what + " Your next plan will fit this.";
    }

    static String minutes(int m) {
        return m + (m == 1 ? " minute" : " minutes");
    }

    static String days(int d) {
        return d + (d == 1 ? " day" : " days");
    }
}
