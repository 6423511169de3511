package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one writer of dose and frequency text, for the plan, the activity pages, the API and the report: e.g.
 * "2 sets of 10 on each side, hold 2 s each, rest 45 s between sets" or "1 minute, 5 times a day". It says each
 * thing once (a frequency, a duration), never "1 minutes", and counts a day's time as often as the item is done.
 */
public final class DoseText {

    /** When a dose names nothing but the session's time, which the plan line already shows. */
    static final String AS_DESCRIBED = "As described in the steps";

    private DoseText() {
    }

    /**
     * The dose as the plan shows it beside the item's time for the day: what to do, how long each time when it is
     * done more than once a day, and how often. {@code minutes} is one session's time.
     */
    public static String plan(ActivityDose d, int minutes) {
        List<String> parts = what(d);
        if (d.timesPerDay() != null && d.timesPerDay() > 1) {
            parts.add(parts.isEmpty() ? count(minutes, "minute") : "about " + count(minutes, "minute") + " each time");
        }
        String often = frequency(d.timesPerDay(), d.daysPerWeek());
        if (!often.isEmpty()) parts.add(often);
        return parts.isEmpty() ? AS_DESCRIBED : sentence(String.join(", ", parts));
    }

    /** Every part of the dose, for a list on the activity's own page: what to do, for how long, how often. */
    public static List<String> parts(ActivityDose d) {
        List<String> parts = new ArrayList<>();
        if (d.durationMin() != null) parts.add(count(d.durationMin(), "minute"));
        parts.addAll(what(d));
        String often = frequency(d.timesPerDay(), d.daysPerWeek());
        if (!often.isEmpty()) parts.add(often);
        return parts;
    }

    /** How often, said once: "twice a day", "every day", "once a week", "on 5 days a week", "3 times a day on 5 days a week". */
    public static String frequency(Integer timesPerDay, Integer daysPerWeek) {
        int times = timesPerDay == null ? 1 : timesPerDay;
        String daily = switch (times) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> times + " times a day";
        };
        if (daysPerWeek == null) return timesPerDay == null ? "" : daily;
        if (daysPerWeek == 7) return times == 1 ? "every day" : daily;
        if (daysPerWeek == 1) return times == 1 ? "once a week" : daily + ", one day a week";
        return times == 1 ? "on " + daysPerWeek + " days a week" : daily + " on " + daysPerWeek + " days a week";
    }

    /** One session's minutes times the sessions in a day: what a day of the plan counts. */
    public static int minutesPerDay(int minutes, ActivityDose d) {
        return minutes * (d.timesPerDay() == null ? 1 : d.timesPerDay());
    }

    /** "1 minute", "5 minutes". */
    static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** Sets, repetitions, holds and breathing: what one session holds, without its time or frequency. */
    private static List<String> what(ActivityDose d) {
        List<String> parts = new ArrayList<>();
        String each = d.perSide() ? " on each side" : "";
        if (d.reps() != null) {
            if (d.sets() != null && d.sets() > 1) parts.add(d.sets() + " sets of " + d.reps() + each);
            else parts.add(count(d.reps(), "repetition") + each);
            if (d.holdSec() != null) parts.add("hold " + d.holdSec() + " s each");
        } else if (d.holdSec() != null) {
            int sets = d.sets() == null ? 1 : d.sets();
            parts.add(sets == 1 ? "hold " + d.holdSec() + " s" + each : sets + " holds of " + d.holdSec() + " s" + each);
        } else if (d.sets() != null && d.sets() > 1) {
            parts.add(d.sets() + " rounds");
        }
        if (d.inhaleSec() != null) {
            String rhythm = "breathe in " + d.inhaleSec() + " s, out " + d.exhaleSec() + " s";
            if (d.breathsPerMin() != null) rhythm += " (about " + number(d.breathsPerMin()) + " breaths a minute)";
            parts.add(rhythm);
        } else if (d.breathsPerMin() != null) {
            parts.add("about " + number(d.breathsPerMin()) + " breaths a minute");
        }
        if (d.restSec() != null && d.restSec() > 0 && d.sets() != null && d.sets() > 1) {
            parts.add("rest " + d.restSec() + " s between sets");
        }
        return parts;
    }

    /** The parts as one sentence: "5 minutes, breathe in 4 s, out 6 s, twice a day". */
    public static String sentence(List<String> parts) {
        return parts.isEmpty() ? AS_DESCRIBED : sentence(String.join(", ", parts));
    }

    private static String sentence(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
