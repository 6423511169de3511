package org.backroot.program.domain;

/**
 * How long the calm (flare) phase lasts and how the plan comes back from it. Time decides, not pain alone:
 * pain-contingent rest is the opposite of graded activity.
 *
 * @param maxDays       the calm phase ends after this many days whatever the pain (default 14); past it the
 *                      person is asked to answer the safety questions again and to see a clinician
 * @param settledDays   it may end sooner, after this many days in a row near the usual level (default 2)
 * @param settledWithin "near" means at most this many points above the usual level from before the flare (default 1)
 * @param taperDays     after calm, loaded movement and exposure start one step easier for this many days and
 *                      then return to where they were (default 7); nothing else steps down
 */
public record CalmSchedule(int maxDays, int settledDays, int settledWithin, int taperDays) {

    public static final CalmSchedule DEFAULT = new CalmSchedule(14, 2, 1, 7);

    public CalmSchedule {
        if (maxDays < 1 || maxDays > 28) throw new IllegalArgumentException("maxDays must be a whole number of days from 1 to 28, was " + maxDays);
        if (settledDays < 1 || settledDays > maxDays) {
            throw new IllegalArgumentException("settledDays must be a whole number of days from 1 to maxDays (" + maxDays + "), was " + settledDays);
        }
        if (settledWithin < 0 || settledWithin > 10) throw new IllegalArgumentException("settledWithin must be from 0 to 10 points, was " + settledWithin);
        if (taperDays < 0 || taperDays > 28) throw new IllegalArgumentException("taperDays must be a whole number of days from 0 to 28, was " + taperDays);
    }

    /**
     * The history for a plan made on {@code today}: during the taper days after the calm phase ended
     * ({@code lastChange} leaves calm), loaded movement and exposure one step easier; otherwise unchanged. Walking,
     * breathing, relaxation and habits never step down.
     */
    public PlanHistory taper(PhaseChange lastChange, java.time.LocalDate today, PlanHistory history) {
        if (lastChange == null || lastChange.from() != Phase.CALM || lastChange.to() == Phase.CALM) return history;
        if (!today.isBefore(lastChange.date().plusDays(taperDays)) || today.isBefore(lastChange.date())) return history;
        return history.withShift(Component.MOVEMENT.id(), -1).withShift(Component.EXPOSURE.id(), -1);
    }
}
