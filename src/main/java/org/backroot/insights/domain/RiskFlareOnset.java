package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * When a flare starts: a flare day ({@link DayRecord#flare()}, filled from tracking's one flare definition) with no
 * flare day on the 2 days before. People do not
 * mark every day of a long flare (a fading day often goes unmarked), and one unmarked day in the middle
 * should not count as a second flare.
 */
final class RiskFlareOnset {

    private RiskFlareOnset() {
    }

    static boolean startsOn(Map<LocalDate, DayRecord> byDate, LocalDate date) {
        DayRecord day = byDate.get(date);
        return day != null && day.flare() && !flareOn(byDate, date.minusDays(1)) && !flareOn(byDate, date.minusDays(2));
    }

    private static boolean flareOn(Map<LocalDate, DayRecord> byDate, LocalDate date) {
        DayRecord day = byDate.get(date);
        return day != null && day.flare();
    }

    /** Whether any of the {@code days} days up to and including {@code date} is marked as a flare. */
    static boolean flareWithin(Map<LocalDate, DayRecord> byDate, LocalDate date, int days) {
        for (int back = 0; back < days; back++) {
            if (flareOn(byDate, date.minusDays(back))) {
                return true;
            }
        }
        return false;
    }
}
