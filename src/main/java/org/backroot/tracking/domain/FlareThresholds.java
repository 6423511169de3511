package org.backroot.tracking.domain;

/**
 * The numbers behind Backroot's one definition of a flare ({@link FlareDetector}), bound once from
 * {@code backroot.flare.*}.
 *
 * @param baselineDays    how many days before a date make up the personal baseline (default 14)
 * @param minBaselineDays fewest days with a check-in in that window for a baseline to exist (default 3)
 * @param painRise        whole 0-10 points above the baseline that make a day's pain "raised" (default 2)
 * @param sustainedDays   raised days in a row that make a flare without the person saying so (default 2);
 *                        fewer raised days only ask "Is this a flare?"
 * @param source          where the numbers come from, shown to clinicians
 */
public record FlareThresholds(int baselineDays, int minBaselineDays, int painRise, int sustainedDays, String source) {

    public static final String DEFAULT_SOURCE = "Flare: a worsening that is hard to tolerate and affects activities or "
            + "emotions (Costa et al., J Pain 2019, consensus). Pain-defined flare: pain at least 2 points above the "
            + "person's usual level on 0-10 (Costa et al., Clin J Pain; ISSLS 2021). Flare as a clear rise above the "
            + "recent baseline (Suri et al., Spine 2018). Pain-defined and self-reported flares often disagree, so a "
            + "self-report counts as a flare and a single raised day is a question, not a verdict; Backroot calls it a "
            + "flare once pain stays raised 2 days in a row. Usual level: mean daily pain over the 14 days before, from "
            + "at least 3 check-ins (Backroot's choice within a 7-14 day rolling mean).";

    public FlareThresholds {
        if (baselineDays < 1 || baselineDays > EntryDates.MAX_DAYS_BACK) {
            throw new IllegalArgumentException("baselineDays must be a whole number of days from 1 to " + EntryDates.MAX_DAYS_BACK
                    + ", was " + baselineDays);
        }
        if (minBaselineDays < 1 || minBaselineDays > baselineDays) {
            throw new IllegalArgumentException("minBaselineDays must be from 1 to baselineDays (" + baselineDays + "), was " + minBaselineDays);
        }
        if (painRise < 1 || painRise > 10) {
            throw new IllegalArgumentException("painRise must be a whole number of points from 1 to 10, was " + painRise);
        }
        if (sustainedDays < 1 || sustainedDays > 7) {
            throw new IllegalArgumentException("sustainedDays must be a whole number of days from 1 to 7, was " + sustainedDays);
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must name where the thresholds come from");
    }

    /** 14-day baseline from at least 3 days, raised at 2 points above it, a flare after 2 raised days in a row. */
    public static FlareThresholds defaults() {
        return new FlareThresholds(14, 3, 2, 2, DEFAULT_SOURCE);
    }
}
