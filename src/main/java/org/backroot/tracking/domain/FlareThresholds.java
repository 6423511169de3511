package org.backroot.tracking.domain;

/**
 * Numbers behind the personal baseline and the pain-defined flare, kept in configuration.
 *
 * @param baselineDays    how many days before a date make up the baseline window (default 14)
 * @param minBaselineDays fewest days with a check-in in that window for a baseline to exist (default 3)
 * @param painRise        how far above the baseline, in 0-10 points, a day's pain makes a flare (default 2)
 * @param source          where the numbers come from, shown to clinicians
 */
public record FlareThresholds(int baselineDays, int minBaselineDays, double painRise, String source) {

    public static final String DEFAULT_SOURCE = "Flare: a worsening that is hard to tolerate and affects activities or "
            + "emotions (Costa et al., J Pain 2019, consensus). Pain-defined flare: pain at least 2 points above the "
            + "person's usual level on 0-10 (Costa et al., Clin J Pain; ISSLS 2021). Flare as a clear rise above the "
            + "recent baseline (Suri et al., Spine 2018). Usual level: mean daily pain over the 14 days before, "
            + "from at least 3 check-ins (Backroot's choice within a 7-14 day rolling mean).";

    public FlareThresholds {
        if (baselineDays < 1 || baselineDays > EntryDates.MAX_DAYS_BACK) {
            throw new IllegalArgumentException("baselineDays must be a whole number of days from 1 to " + EntryDates.MAX_DAYS_BACK);
        }
        if (minBaselineDays < 1 || minBaselineDays > baselineDays) {
            throw new IllegalArgumentException("minBaselineDays must be from 1 to baselineDays (" + baselineDays + ")");
        }
        if (!(painRise > 0 && painRise <= 10)) throw new IllegalArgumentException("painRise must be above 0 and at most 10 points");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must name where the thresholds come from");
    }

    /** 14-day baseline, at least 3 days of data, flare at 2 points above it. */
    public static FlareThresholds defaults() {
        return new FlareThresholds(14, 3, 2.0, DEFAULT_SOURCE);
    }
}
