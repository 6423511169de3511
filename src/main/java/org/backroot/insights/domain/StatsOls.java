package org.backroot.insights.domain;

/**
 * Ordinary least squares with Newey-West (HAC) standard errors. Daily diaries are autocorrelated: a bad
 * week is a run of bad days, so plain OLS errors are too small and would claim links that are not there.
 * The Bartlett-weighted long-run covariance counts residual pairs up to {@code hacLag} days apart, using
 * calendar distance so missing days do not pull distant days together. With rare yes/no exposures the
 * sandwich estimate can come out smaller than the classical one by chance (few exposed days carry all the
 * information), so the larger of the two is used: we never claim more certainty than the plain model.
 */
final class StatsOls {

    private StatsOls() {
    }

    /** The usual bandwidth rule of thumb, floor(4 (n/100)^(2/9)). */
    static int neweyWestLag(int n) {
        return (int) Math.floor(4 * Math.pow(n / 100.0, 2.0 / 9.0));
    }

    /**
     * @param x    design matrix, one row per day, first column usually the intercept
     * @param y    outcome per row
     * @param day  calendar day number per row, ascending
     */
    static StatsOlsFit fit(double[][] x, double[] y, int[] day, int hacLag) {
        int n = x.length;
        int k = x[0].length;
        double[][] bread = StatsMatrix.invert(StatsMatrix.crossProduct(x));
        double[] beta = coefficients(bread, x, y);
        double[] resid = residuals(x, y, beta);
        double[][] meat = longRunCovariance(x, resid, day, hacLag);
        double[][] cov = StatsMatrix.multiply(StatsMatrix.multiply(bread, meat), bread);
        double smallSample = n / (double) Math.max(1, n - k);
        double residualVariance = sumOfSquares(resid) / Math.max(1, n - k);
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            double robust = cov[i][i] * smallSample;
            double classical = bread[i][i] * residualVariance;
            se[i] = Math.sqrt(Math.max(0, Math.max(robust, classical)));
        }
        return new StatsOlsFit(beta, se, n - k);
    }

    private static double sumOfSquares(double[] e) {
        double sum = 0;
        for (double v : e) {
            sum += v * v;
        }
        return sum;
    }

    private static double[] coefficients(double[][] bread, double[][] x, double[] y) {
        int k = bread.length;
        double[] xty = new double[k];
        for (int r = 0; r < x.length; r++) {
            for (int i = 0; i < k; i++) {
                xty[i] += x[r][i] * y[r];
            }
        }
        double[] beta = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                beta[i] += bread[i][j] * xty[j];
            }
        }
        return beta;
    }

    private static double[] residuals(double[][] x, double[] y, double[] beta) {
        double[] e = new double[y.length];
        for (int r = 0; r < y.length; r++) {
            double fitted = 0;
            for (int i = 0; i < beta.length; i++) {
                fitted += x[r][i] * beta[i];
            }
            e[r] = y[r] - fitted;
        }
        return e;
    }

    private static double[][] longRunCovariance(double[][] x, double[] e, int[] day, int hacLag) {
        int k = x[0].length;
        double[][] s = new double[k][k];
        for (int a = 0; a < x.length; a++) {
            for (int b = a; b < x.length && day[b] - day[a] <= hacLag; b++) {
                int gap = day[b] - day[a];
                double bartlett = 1.0 - gap / (hacLag + 1.0);
                addPair(s, x[a], x[b], bartlett * e[a] * e[b], gap == 0 && a == b);
            }
        }
        return s;
    }

    /** Adds w u u' for a day with itself, or w (u v' + v u') for a pair of days, keeping s symmetric. */
    private static void addPair(double[][] s, double[] u, double[] v, double w, boolean self) {
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                s[i][j] += self ? w * u[i] * u[j] : w * (u[i] * v[j] + v[i] * u[j]);
            }
        }
    }
}
