package org.backroot.assessment.domain;

/**
 * One cut-off used to flag a self-test result, with where it comes from. Most home-test cut-offs are
 * heuristics, so the source says so, and operators can override the value in configuration.
 *
 * @param value  the cut-off in the test's unit (cm, degrees, seconds, breaths per minute, score points)
 * @param source where the number comes from and how firm it is, e.g. "Chisholm 2012, MDC between limbs"
 */
public record SelfTestThreshold(double value, String source) {

    public SelfTestThreshold {
        if (!Double.isFinite(value) || value < 0) throw new IllegalArgumentException("value must be a finite number of 0 or more");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must name where the cut-off comes from");
    }
}
