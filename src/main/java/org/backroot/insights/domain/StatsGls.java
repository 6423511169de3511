package org.backroot.insights.domain;

/**
 * Regression with AR(1) errors by feasible GLS (Prais-Winsten, one step), then Newey-West errors on
 * the transformed model for whatever correlation is left. A day whose yesterday is missing starts a new
 * run and is kept, scaled by sqrt(1 - rho^2), so gaps in the diary cost no more data than they must. Pain diaries wobble in runs; removing the
 * carry-over before testing makes the tests both sharper and honest. Coefficients keep their meaning
 * (effect on the level of pain).
 */
final class StatsGls {

    private static final double MAX_CARRY = 0.9;

    private StatsGls() {
    }

    static StatsOlsFit fitAr1(double[][] x, double[] y, int[] day) {
        StatsOlsFit ols = StatsOls.fit(x, y, day, 0);
        double rho = carryOver(x, y, day, ols.beta());
        int hacLag = Math.max(1, StatsOls.neweyWestLag(y.length));
        if (rho <= 0) {
            return StatsOls.fit(x, y, day, hacLag);
        }
        double[][] tx = new double[y.length][];
        double[] ty = new double[y.length];
        double startScale = Math.sqrt(1 - rho * rho);
        for (int i = 0; i < y.length; i++) {
            boolean afterYesterday = i > 0 && day[i] - day[i - 1] == 1;
            tx[i] = afterYesterday ? quasiDifference(x[i], x[i - 1], rho) : scale(x[i], startScale);
            ty[i] = afterYesterday ? y[i] - rho * y[i - 1] : y[i] * startScale;
        }
        return StatsOls.fit(tx, ty, day, hacLag);
    }

    private static double[] scale(double[] row, double factor) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = row[j] * factor;
        }
        return out;
    }

    /** First-order autocorrelation of the OLS residuals over consecutive calendar days, kept in [0, 0.9]. */
    static double carryOver(double[][] x, double[] y, int[] day, double[] beta) {
        double num = 0;
        double den = 0;
        for (int i = 1; i < y.length; i++) {
            if (day[i] - day[i - 1] == 1) {
                double now = residual(x[i], y[i], beta);
                double before = residual(x[i - 1], y[i - 1], beta);
                num += now * before;
                den += before * before;
            }
        }
        return den == 0 ? 0 : Math.max(0, Math.min(MAX_CARRY, num / den));
    }

    private static double residual(double[] row, double y, double[] beta) {
        double fitted = 0;
        for (int j = 0; j < beta.length; j++) {
            fitted += row[j] * beta[j];
        }
        return y - fitted;
    }

    private static double[] quasiDifference(double[] now, double[] before, double rho) {
        double[] out = new double[now.length];
        for (int j = 0; j < now.length; j++) {
            out[j] = now[j] - rho * before[j];
        }
        return out;
    }
}
