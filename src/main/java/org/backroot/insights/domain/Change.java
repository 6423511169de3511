package org.backroot.insights.domain;

/**
 * A change in one measure between a baseline and the latest value.
 *
 * @param measure    the measure
 * @param label      how it reads in a sentence ("average pain", "movement load")
 * @param baseline   the earlier value
 * @param latest     the later value
 * @param delta      latest minus baseline
 * @param percent    delta as a percentage of the baseline, or null when the baseline is 0
 * @param direction  improved, worse or the same, by the measure's "better" direction
 * @param meaningful whether the change reaches the minimal important change in {@code rule}
 * @param rule       the threshold used (its basis says how firm it is)
 * @param sentence   one plain sentence for a person
 */
public record Change(MicMeasure measure, String label, double baseline, double latest, double delta, Double percent,
        ChangeDirection direction, boolean meaningful, MicRule rule, String sentence) {

    public Change {
        if (measure == null || direction == null || rule == null) throw new IllegalArgumentException("measure, direction and rule: must be given");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("label: must be given");
        if (sentence == null || sentence.isBlank()) throw new IllegalArgumentException("sentence: must be given");
        if (meaningful && direction == ChangeDirection.SAME) throw new IllegalArgumentException("meaningful: no change cannot be meaningful");
    }
}
