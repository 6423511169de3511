package org.backroot.assessment.domain;

/**
 * "This band applies when the score (or a subscale score) lies within [min, max]". Both bounds are
 * inclusive and optional; a rule with neither bound always matches, which makes a handy last fallback.
 *
 * @param subscale the subscale to test, or null to test the instrument's total score
 */
public record BandRule(String band, String subscale, Double min, Double max) {

    public BandRule {
        if (band == null || band.isBlank()) throw new IllegalArgumentException("band must not be blank");
        if (min != null && !Double.isFinite(min)) throw new IllegalArgumentException("band '" + band + "' min must be a finite number");
        if (max != null && !Double.isFinite(max)) throw new IllegalArgumentException("band '" + band + "' max must be a finite number");
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("band '" + band + "' min must not be greater than max (min " + min + ", max " + max + ")");
        }
    }

    public boolean matches(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
