package org.backroot.program.domain;

import java.time.LocalDate;

/**
 * The part of a daily check-in the flare rules read.
 *
 * @param date  the day
 * @param pain  0-10 (0 = no pain, 10 = worst imaginable)
 * @param flare true when the person says today is a flare
 */
public record PlanCheckin(LocalDate date, int pain, boolean flare) {

    public PlanCheckin {
        if (date == null) throw new IllegalArgumentException("date must be given");
        if (pain < 0 || pain > 10) throw new IllegalArgumentException("pain must be between 0 and 10, was " + pain);
    }
}
