package org.backroot.assessment.domain;

import java.util.List;

/**
 * A timer shown with a self-test.
 *
 * @param seconds countdown length, or the upper limit of a count-up (it stops by itself there)
 * @param mode    count up (time how long something lasts) or count down (a fixed window)
 * @param label   what the timer is for, shown above the digits
 * @param copyTo  field names the stopped time may be copied into; empty when the person types the
 *                result themselves (e.g. breaths counted in a 60 s countdown)
 */
public record GuideTimer(int seconds, Mode mode, String label, List<String> copyTo) {

    public enum Mode {
        COUNTUP, COUNTDOWN;

        /** Lower-case name as used in the YAML and in {@code data-mode} attributes. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Mode parse(String s) {
            if ("countup".equals(s)) return COUNTUP;
            if ("countdown".equals(s)) return COUNTDOWN;
            throw new IllegalArgumentException("timer mode must be countup or countdown, was " + s);
        }
    }

    public GuideTimer {
        if (seconds < 1 || seconds > 3600) throw new IllegalArgumentException("timer seconds must be between 1 and 3600, was " + seconds);
        if (mode == null) throw new IllegalArgumentException("timer mode must be countup or countdown");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("timer label must not be blank");
        copyTo = copyTo == null ? List.of() : List.copyOf(copyTo);
    }

    public boolean countdown() {
        return mode == Mode.COUNTDOWN;
    }
}
