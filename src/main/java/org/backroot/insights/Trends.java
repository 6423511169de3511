package org.backroot.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backroot.insights.domain.TrendAdherence;
import org.backroot.insights.domain.TrendMarker;
import org.backroot.insights.domain.TrendSeries;
import org.backroot.insights.domain.TrendWindow;

/**
 * Chart-ready daily measures over one window.
 *
 * @param window     the window asked for
 * @param from       first day of the window
 * @param to         last day (today)
 * @param series     by metric, in chart order: pain, stress, sleepHours, activeMinutes, sittingHours; each carries the
 *                   flare and phase-change markers that fall in the window
 * @param daysOfData days in the window with a check-in
 * @param markers    flares (reported, or pain well above the person's usual level) and plan phase changes in the window
 * @param adherence  adherence by plan component in the window (only days of the current plan's week are known)
 */
public record Trends(TrendWindow window, LocalDate from, LocalDate to, Map<String, TrendSeries> series, int daysOfData,
        List<TrendMarker> markers, TrendAdherence adherence) {

    /** The metrics charted, in order, with their unit and axis maximum (null: fit the data, from zero). */
    public enum Metric {
        PAIN("pain", "0-10", 10.0),
        STRESS("stress", "0-10", 10.0),
        SLEEP_HOURS("sleepHours", "hours", null),
        ACTIVE_MINUTES("activeMinutes", "minutes", null),
        SITTING_HOURS("sittingHours", "hours", null);

        private final String key;
        private final String unit;
        private final Double max;

        Metric(String key, String unit, Double max) {
            this.key = key;
            this.unit = unit;
            this.max = max;
        }

        /** The check-in field name and JSON key ("sleepHours"). */
        public String key() {
            return key;
        }

        /** "0-10", "hours" or "minutes". */
        public String unit() {
            return unit;
        }

        /** Top of the axis for fixed scales (10 for 0-10), else null. */
        public Double max() {
            return max;
        }
    }

    public Trends {
        series = Map.copyOf(series);
        markers = List.copyOf(markers);
    }

    public TrendSeries series(Metric metric) {
        return series.get(metric.key());
    }
}
