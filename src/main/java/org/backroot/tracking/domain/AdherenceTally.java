package org.backroot.tracking.domain;

/**
 * Planned items and how many of them were done.
 *
 * @param planned items the plan asked for
 * @param done    of those, items with a completed practice entry on their day (never more than planned)
 */
public record AdherenceTally(int planned, int done) {

    public static final AdherenceTally NONE = new AdherenceTally(0, 0);

    public AdherenceTally {
        if (planned < 0) throw new IllegalArgumentException("planned must not be negative");
        if (done < 0 || done > planned) throw new IllegalArgumentException("done must be from 0 to planned (" + planned + ")");
    }

    /** Share of planned items done, from 0 to 1; null when nothing was planned (a rest week is not 0 %). */
    public Double ratio() {
        return planned == 0 ? null : (double) done / planned;
    }

    /** {@link #ratio()} as a whole percentage, rounded; null when nothing was planned. */
    public Integer percent() {
        return planned == 0 ? null : (int) Math.round(100.0 * done / planned);
    }

    /** True when something was planned and at least {@code minRatio} of it was done. */
    public boolean atLeast(double minRatio) {
        return planned > 0 && done >= minRatio * planned - 1e-9;
    }

    AdherenceTally plus(int plannedMore, int doneMore) {
        return new AdherenceTally(planned + plannedMore, done + doneMore);
    }
}
