package org.backroot.program.domain;

import java.time.LocalDate;

/**
 * A switch of phase, recorded and shown to the person.
 *
 * @param from       the phase before
 * @param to         the phase after
 * @param cause      why, in plain words
 * @param date       the day it happened
 * @param levelShift how the activity levels move with the change: -1 when the plan resumes one level
 *                   lower after a flare, +1 for a level-up in maintain, else 0 (add it to
 *                   {@link PlanHistory} under {@code "all"})
 */
public record PhaseChange(Phase from, Phase to, String cause, LocalDate date, int levelShift) {

    public PhaseChange {
        if (from == null) throw new IllegalArgumentException("from must be given");
        if (to == null) throw new IllegalArgumentException("to must be given");
        if (cause == null || cause.isBlank()) throw new IllegalArgumentException("cause must not be blank");
        if (date == null) throw new IllegalArgumentException("date must be given");
        if (levelShift < -PlanHistory.MAX_SHIFT || levelShift > PlanHistory.MAX_SHIFT) {
            throw new IllegalArgumentException("levelShift must be between -3 and 3, was " + levelShift);
        }
    }

    /** How long the cause is shown beside the phase: it describes the days around the change, not today's. */
    public static final int CAUSE_SHOWN_DAYS = 7;

    /**
     * Whether the cause still describes the present on {@code today}: within {@link #CAUSE_SHOWN_DAYS} of the change.
     * Later, "your pain has been near your usual level (about 4/10)" would sit beside weeks of other numbers.
     */
    public boolean causeCurrentOn(LocalDate today) {
        return !today.isAfter(date.plusDays(CAUSE_SHOWN_DAYS));
    }

    public PhaseChange(Phase from, Phase to, String cause, LocalDate date) {
        this(from, to, cause, date, 0);
    }
}
