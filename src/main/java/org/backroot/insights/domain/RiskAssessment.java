package org.backroot.insights.domain;

import java.util.List;

/**
 * The chance of a flare starting in the next 7 days, what drives it and what to do.
 *
 * @param flareRisk7d probability 0-1
 * @param drivers     warning signs that raise the risk, largest first (at most 3)
 * @param advice      one plain suggestion aimed at the largest sign the person can act on
 */
public record RiskAssessment(double flareRisk7d, RiskLevel level, List<RiskDriver> drivers, String advice) {

    public RiskAssessment {
        if (!(flareRisk7d >= 0 && flareRisk7d <= 1)) {
            throw new IllegalArgumentException("flareRisk7d: must be between 0 and 1, was " + flareRisk7d);
        }
        if (level == null || drivers == null || advice == null) {
            throw new IllegalArgumentException("level, drivers and advice: must be given");
        }
        drivers = List.copyOf(drivers);
    }
}
