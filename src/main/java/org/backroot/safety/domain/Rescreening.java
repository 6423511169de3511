package org.backroot.safety.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The red-flag screen is asked again at least every three months: red flags can appear at any time in pain that
 * keeps coming back (NICE CKS; Finucane 2020). Other moments (a new episode, a long calm phase, level 4) come
 * from the modules that know them.
 */
public final class Rescreening {

    public static final int MONTHS = 3;

    private Rescreening() {
    }

    /** The day the regular re-screen falls due, if it has by {@code today}. */
    public static Optional<LocalDate> regularDue(LocalDate lastScreenedOn, LocalDate today) {
        LocalDate due = lastScreenedOn.plusMonths(MONTHS);
        return today.isBefore(due) ? Optional.empty() : Optional.of(due);
    }
}
