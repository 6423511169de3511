package org.backroot.insights.domain;

/** One value per day, or the mean of each 7-day bucket. */
public enum TrendResolution {
    DAILY, WEEKLY
}
