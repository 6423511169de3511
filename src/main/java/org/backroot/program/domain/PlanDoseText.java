package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes an activity's dose in plain words, e.g. "2 sets of 10 on each side, hold 2 s each, rest 45 s between sets". */
final class PlanDoseText {

    private PlanDoseText() {
    }

    static String of(ActivityDose d) {
        List<String> parts = new ArrayList<>();
        String each = d.perSide() ? " on each side" : "";
        if (d.reps() != null) {
            if (d.sets() != null && d.sets() > 1) parts.add(d.sets() + " sets of " + d.reps() + each);
            else parts.add(d.reps() + " times" + each);
            if (d.holdSec() != null) parts.add("hold " + d.holdSec() + " s each");
        } else if (d.holdSec() != null) {
            int sets = d.sets() == null ? 1 : d.sets();
            parts.add(sets == 1 ? "hold " + d.holdSec() + " s" + each : sets + " holds of " + d.holdSec() + " s" + each);
        } else if (d.sets() != null && d.sets() > 1) {
            parts.add(d.sets() + " rounds");
        }
        if (d.durationMin() != null) parts.add(d.durationMin() + (d.durationMin() == 1 ? " minute" : " minutes"));
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
        if (d.timesPerDay() != null) {
            parts.add(switch (d.timesPerDay()) {
                case 1 -> d.daysPerWeek() != null && d.daysPerWeek() < 7 ? "once" : "once a day";
                case 2 -> "twice a day";
                default -> d.timesPerDay() + " times a day";
            });
        }
        if (d.daysPerWeek() != null) parts.add(switch (d.daysPerWeek()) {
            case 7 -> "every day";
            case 1 -> "once a week";
            default -> d.daysPerWeek() + " days a week";
        });
        if (parts.isEmpty()) return "As described in the steps";
        String text = String.join(", ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
