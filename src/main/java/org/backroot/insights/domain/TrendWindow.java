package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The chart windows a person can pick. Windows up to 90 days chart daily values; the year charts weekly means. */
public enum TrendWindow {
    DAYS_7("7d", 7),
    DAYS_30("30d", 30),
    DAYS_90("90d", 90),
    DAYS_365("365d", 365);

    private final String code;
    private final int days;

    TrendWindow(String code, int days) {
        this.code = code;
        this.days = days;
    }

    /** "7d", "30d", "90d" or "365d". */
    public String code() {
        return code;
    }

    public int days() {
        return days;
    }

    /** First day of the window ending on {@code today} (both included). */
    public LocalDate from(LocalDate today) {
        if (today == null) throw new IllegalArgumentException("today: must be given");
        return today.minusDays(days - 1L);
    }

    public TrendResolution resolution() {
        return days > 90 ? TrendResolution.WEEKLY : TrendResolution.DAILY;
    }

    /** Reads "7d", "30d", "90d" or "365d" (surrounding spaces and case ignored); anything else is rejected. */
    public static TrendWindow parse(String text) {
        if (text != null) {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT);
            for (TrendWindow w : values()) if (w.code.equals(t)) return w;
        }
        throw new IllegalArgumentException("window: must be one of " + Arrays.stream(values()).map(TrendWindow::code)
                .collect(Collectors.joining(", ")) + ", was " + (text == null ? "nothing" : "'" + text + "'"));
    }
}
