package org.backroot.insights;

import java.util.List;

import org.backroot.insights.domain.Change;
import org.backroot.insights.domain.MicMeasure;
import org.backroot.insights.domain.TrendPoint;

/**
 * One outcome measure over time: every complete response oldest first, and the change from the first
 * (baseline) to the newest, judged against the measure's minimal important change.
 *
 * @param instrumentId "pain", "peg" or "psfs"
 * @param measure      the measure the change is judged as
 * @param points       one per complete response (date answered, score), oldest first
 * @param change       baseline to latest; null with fewer than two responses
 */
public record OutcomeTrend(String instrumentId, MicMeasure measure, List<TrendPoint> points, Change change) {

    public OutcomeTrend {
        points = List.copyOf(points);
    }

    /** Whether the change reaches the minimal important change. */
    public boolean meaningful() {
        return change != null && change.meaningful();
    }
}
