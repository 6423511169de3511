package org.backroot.insights.domain;

import java.time.LocalDate;

/**
 * One day's pain as the episode finder sees it. Days without a check-in are simply absent from a list.
 *
 * @param date  the day
 * @param pain  that day's pain on 0-10
 * @param flare whether the day is a flare by tracking's one flare definition (the caller decides)
 */
public record PainDay(LocalDate date, int pain, boolean flare) {

    public PainDay {
        if (date == null) throw new IllegalArgumentException("date: must be given");
        if (pain < 0 || pain > 10) throw new IllegalArgumentException("pain: must be a whole number from 0 to 10, was " + pain);
    }
}
