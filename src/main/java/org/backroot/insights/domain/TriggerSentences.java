package org.backroot.insights.domain;

/** Turns a finding into one warm, plain sentence in the second person. */
final class TriggerSentences {

    private TriggerSentences() {
    }

    static String sentence(TriggerDriver driver, int lag, double effect, boolean weak) {
        String text = when(lag) + driver.exposurePhrase() + ", your pain was " + amount(Math.abs(effect)) + " "
                + TriggerDirection.of(effect).label() + ".";
        return weak ? text + " The link is weak so far, so treat it as a hint to watch rather than a rule." : text;
    }

    private static String when(int lag) {
        return switch (lag) {
            case 0 -> "On days when you ";
            case 1 -> "On days after you ";
            case 2 -> "Two days after you ";
            default -> "Three days after you ";
        };
    }

    /** Rounded to the nearest half point, because a diary cannot support more precision than that. */
    static String amount(double points) {
        double half = Math.round(points * 2) / 2.0;
        if (half < 0.5) {
            return "a little";
        }
        if (half == 0.5) {
            return "about half a point";
        }
        if (half == 1.0) {
            return "about 1 point";
        }
        String number = half == Math.rint(half) ? String.valueOf((int) half) : String.valueOf(half);
        return "about " + number + " points";
    }
}
