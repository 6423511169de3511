package org.backroot.insights.domain;

/**
 * One warning sign behind a risk assessment.
 *
 * @param name         stable key: painRising, painAboveUsual, shortSleep, stress, longSitting, ownTriggers, recentFlares
 * @param contribution how much it adds to the risk, in log-odds (coefficient x value); shown largest first
 * @param sentence     the sign in plain words
 */
public record RiskDriver(String name, double contribution, String sentence) {

    public RiskDriver {
        if (name == null || name.isBlank() || sentence == null || sentence.isBlank()) {
            throw new IllegalArgumentException("name and sentence: must be given");
        }
    }
}
