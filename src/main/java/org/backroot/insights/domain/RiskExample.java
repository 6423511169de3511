package org.backroot.insights.domain;

/** One day of one simulated person: the warning signs then, and whether a flare started in the next 7 days. */
record RiskExample(RiskFeatures features, boolean flareWithin7Days) {
}
