package org.backroot.insights.domain;

/** How to read a 7-day flare risk. The cut-offs sit around the simulated base rate of about 1 in 4. */
public enum RiskLevel {
    LOW, ELEVATED, HIGH;

    static final double ELEVATED_FROM = 0.25;
    static final double HIGH_FROM = 0.45;

    static RiskLevel of(double risk) {
        return risk >= HIGH_FROM ? HIGH : risk >= ELEVATED_FROM ? ELEVATED : LOW;
    }

    /** "low", "elevated" or "high", as used in the API. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
