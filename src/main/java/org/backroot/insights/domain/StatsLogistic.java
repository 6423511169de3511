package org.backroot.insights.domain;

/** Logistic regression by Newton-Raphson (IRLS) with a small ridge penalty to keep it stable. */
final class StatsLogistic {

    private StatsLogistic() {
    }

    /** Coefficients for rows x (first column 1 for the intercept) and 0/1 outcomes y. */
    static double[] fit(double[][] x, boolean[] y, double ridge, int iterations) {
        int k = x[0].length;
        double[] beta = new double[k];
        for (int it = 0; it < iterations; it++) {
            double[][] hessian = new double[k][k];
            double[] gradient = new double[k];
            for (int r = 0; r < x.length; r++) {
                double p = sigmoid(dot(x[r], beta));
                double w = p * (1 - p);
                for (int i = 0; i < k; i++) {
                    gradient[i] += (y[r] ? 1 - p : -p) * x[r][i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += w * x[r][i] * x[r][j];
                    }
                }
            }
            for (int i = 1; i < k; i++) {
                gradient[i] -= ridge * beta[i];
                hessian[i][i] += ridge;
            }
            double[][] inv = StatsMatrix.invert(hessian);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    beta[i] += inv[i][j] * gradient[j];
                }
            }
        }
        return beta;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
