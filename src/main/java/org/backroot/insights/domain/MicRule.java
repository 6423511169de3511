package org.backroot.insights.domain;

/**
 * The minimal important change for one measure: a change of at least {@code points}, or at least {@code percent}
 * of the baseline, counts as meaningful; either one suffices. The percentage counts for improvement; for a change
 * for the worse it counts only when the measure has no points threshold, so that small numbers near zero (pain
 * going from 1 to 2 is +100 %) do not count as a meaningful worsening.
 *
 * @param measure the measure
 * @param points  threshold in the measure's points, or null when there is none
 * @param percent threshold in percent of the baseline, or null when there is none
 * @param basis   how firm the threshold is
 * @param source  where it comes from, shown to clinicians
 */
public record MicRule(MicMeasure measure, Double points, Double percent, MicBasis basis, String source) {

    public MicRule {
        if (measure == null) throw new IllegalArgumentException("measure: must be given");
        if (points == null && percent == null) throw new IllegalArgumentException("points or percent: at least one threshold must be given");
        if (points != null && !(points > 0 && points <= measure.max() - measure.min())) {
            throw new IllegalArgumentException("points: must be above 0 and at most the width of the scale, was " + points);
        }
        if (percent != null && !(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent: must be above 0 and at most 100, was " + percent);
        }
        if (basis == null) throw new IllegalArgumentException("basis: must be given");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source: must name where the threshold comes from");
    }
}
