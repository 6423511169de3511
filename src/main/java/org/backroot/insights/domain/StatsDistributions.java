package org.backroot.insights.domain;

/**
 * Student t and normal tail probabilities, written out so the domain needs no maths library.
 * The t distribution uses the regularised incomplete beta function (continued fraction, Lentz's method).
 */
final class StatsDistributions {

    private StatsDistributions() {
    }

    /** Two-sided p-value of a t statistic with the given degrees of freedom. */
    static double twoSidedP(double t, double df) {
        if (Double.isNaN(t)) {
            return 1.0;
        }
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        double x = df / (df + t * t);
        return Math.min(1.0, Math.max(0.0, regularizedBeta(x, df / 2.0, 0.5)));
    }

    /** The t value leaving {@code (1 - level) / 2} in each tail, found by bisection on the two-sided p. */
    static double tQuantile(double level, double df) {
        double target = 1.0 - level;
        double lo = 0;
        double hi = 100;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (twoSidedP(mid, df) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + num * d);
            c = nonZero(1 + num / c);
            h *= d * c;
            num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + num * d);
            c = nonZero(1 + num / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-14) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double v) {
        return Math.abs(v) < 1e-300 ? 1e-300 : v;
    }

    /** Lanczos approximation of ln Γ(x) for x > 0. */
    static double lnGamma(double x) {
        double[] g = {76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155,
                0.1208650973866179e-2, -0.5395239384953e-5};
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double ser = 1.000000000190015;
        for (double c : g) {
            ser += c / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
