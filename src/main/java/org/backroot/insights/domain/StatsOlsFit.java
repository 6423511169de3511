package org.backroot.insights.domain;

/** Coefficients of a regression with their (autocorrelation-robust) standard errors. */
record StatsOlsFit(double[] beta, double[] se, int degreesOfFreedom) {

    double t(int i) {
        return se[i] == 0 ? 0 : beta[i] / se[i];
    }

    double pValue(int i) {
        return StatsDistributions.twoSidedP(t(i), Math.max(1, degreesOfFreedom));
    }

    /** Half-width of the 95 % confidence interval of coefficient i. */
    double halfWidth95(int i) {
        return StatsDistributions.tQuantile(0.95, Math.max(1, degreesOfFreedom)) * se[i];
    }
}
