package org.backroot.insights.domain;

/** The few small dense-matrix operations the regressions need (k is at most a dozen, so plain loops do). */
final class StatsMatrix {

    private StatsMatrix() {
    }

    /** Inverse by Gauss-Jordan elimination with partial pivoting; throws when the matrix is singular. */
    static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1.0;
        }
        for (int col = 0; col < n; col++) {
            int pivot = largestRow(m, col);
            if (Math.abs(m[pivot][col]) < 1e-10) {
                throw new ArithmeticException("singular matrix");
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            eliminate(m, col);
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inv[i], 0, n);
        }
        return inv;
    }

    private static int largestRow(double[][] m, int col) {
        int best = col;
        for (int r = col + 1; r < m.length; r++) {
            if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                best = r;
            }
        }
        return best;
    }

    private static void eliminate(double[][] m, int col) {
        double p = m[col][col];
        for (int j = 0; j < m[col].length; j++) {
            m[col][j] /= p;
        }
        for (int r = 0; r < m.length; r++) {
            double f = m[r][col];
            if (r != col && f != 0) {
                for (int j = 0; j < m[r].length; j++) {
                    m[r][j] -= f * m[col][j];
                }
            }
        }
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double v = a[i][l];
                for (int j = 0; j < m; j++) {
                    out[i][j] += v * b[l][j];
                }
            }
        }
        return out;
    }

    /** X'X for a design matrix with one row per observation. */
    static double[][] crossProduct(double[][] x) {
        int k = x[0].length;
        double[][] out = new double[k][k];
        for (double[] row : x) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    out[i][j] += row[i] * row[j];
                }
            }
        }
        return out;
    }
}
