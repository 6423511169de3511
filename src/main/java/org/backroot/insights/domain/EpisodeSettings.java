package org.backroot.insights.domain;

/**
 * The numbers behind episodes and recurrences, kept in configuration with the published definitions as defaults.
 *
 * <p><b>More than 24 hours.</b> Check-ins are daily, so a single day of pain cannot show that pain lasted more
 * than 24 hours. Backroot asks for {@code minPainDays} (default 2) days in a row at or above the threshold;
 * pain on a single day is listed as a flare, never as an episode. Set {@code minPainDays} to 1 to count every
 * painful day.
 *
 * <p><b>Missing days.</b> A day without a check-in is unknown: neither painful nor pain-free. A run of at most
 * {@code maxGapDays} missing days between two days that agree (both pain-free or both painful) takes their state,
 * so skipping a weekend does not break a pain-free month. Any other missing day stays unknown and counts
 * towards nothing. A run of more than {@code maxGapDays} missing days breaks counting: an episode before it ends
 * with an unknown ending, and the days after it start afresh, as at the start of the record.
 *
 * @param painThreshold      pain (0-10) at or above which a day counts as painful (default 2, Stanton 2011: at least 2/10)
 * @param minPainDays        days in a row at or above the threshold that make pain "more than 24 hours" (default 2)
 * @param painFreeDaysBefore pain-free days that separate episodes and make a recurrence (default 30: one month)
 * @param maxGapDays         longest run of missing days that is filled in from its neighbours (default 3)
 * @param source             where the numbers come from, shown to clinicians
 */
public record EpisodeSettings(int painThreshold, int minPainDays, int painFreeDaysBefore, int maxGapDays, String source) {

    public static final String DEFAULT_SOURCE = "Episode: low-back pain lasting more than 24 hours, preceded and followed by "
            + "at least one month without low-back pain (de Vet et al., Spine 2002). Recurrence: return of pain of at least "
            + "2/10 lasting at least 24 hours after at least 30 pain-free days (Stanton et al., Spine 2011, Delphi). "
            + "Backroot's reading for daily check-ins: pain on at least 2 days in a row; up to 3 missing days between "
            + "two days that agree are filled in; longer gaps break counting.";

    public EpisodeSettings {
        if (painThreshold < 1 || painThreshold > 10) {
            throw new IllegalArgumentException("painThreshold: must be a whole number from 1 to 10, was " + painThreshold);
        }
        if (minPainDays < 1 || minPainDays > 30) {
            throw new IllegalArgumentException("minPainDays: must be a whole number of days from 1 to 30, was " + minPainDays);
        }
        if (painFreeDaysBefore < 1 || painFreeDaysBefore > 365) {
            throw new IllegalArgumentException("painFreeDaysBefore: must be a whole number of days from 1 to 365, was " + painFreeDaysBefore);
        }
        if (maxGapDays < 0 || maxGapDays >= painFreeDaysBefore) {
            throw new IllegalArgumentException("maxGapDays: must be from 0 to less than painFreeDaysBefore (" + painFreeDaysBefore
                    + "), was " + maxGapDays);
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source: must name where the numbers come from");
    }

    /** Threshold 2/10, 2 days in a row, 30 pain-free days, gaps of up to 3 days filled in. */
    public static EpisodeSettings defaults() {
        return new EpisodeSettings(2, 2, 30, 3, DEFAULT_SOURCE);
    }
}
