package org.backroot.tracking.domain;

import java.time.LocalDate;

/**
 * What one day tells the flare definition: the day's pain, whether the person marked the day as a flare in
 * the check-in, and how they answered "Is this a flare?" for that day, if they were asked.
 *
 * @param date     the day
 * @param pain     0-10
 * @param reported the person marked the day as a flare
 * @param answer   true: "yes, it is a flare"; false: "no, it is not"; null: not asked or not answered
 */
public record FlareEvidence(LocalDate date, int pain, boolean reported, Boolean answer) {

    public FlareEvidence {
        if (date == null) throw new IllegalArgumentException("date must be a date");
        if (pain < 0 || pain > 10) throw new IllegalArgumentException("pain must be a whole number from 0 to 10, was " + pain);
    }

    /** A day with only pain and the check-in's flare mark. */
    public static FlareEvidence of(LocalDate date, int pain, boolean reported) {
        return new FlareEvidence(date, pain, reported, null);
    }

    /** The check-in as evidence, with the answer to the question for that day (null when none). */
    public static FlareEvidence of(CheckIn checkIn, Boolean answer) {
        return new FlareEvidence(checkIn.date(), checkIn.pain(), checkIn.flare(), answer);
    }

    /** The person said, one way or the other, that this day is a flare. */
    boolean saidFlare() {
        return reported || Boolean.TRUE.equals(answer);
    }

    /** The person said this day is not a flare (and did not mark it as one). */
    boolean saidNoFlare() {
        return !reported && Boolean.FALSE.equals(answer);
    }
}
