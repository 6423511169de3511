package org.backroot.insights.domain;

import java.util.Arrays;
import java.util.Comparator;

/** Benjamini-Hochberg false-discovery-rate adjustment. */
final class StatsFdr {

    private StatsFdr() {
    }

    /** BH q-values in the order of the given p-values: q_(i) = min over j ≥ i of p_(j) m / j, capped at 1. */
    static double[] qValues(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int idx = order[rank - 1];
            running = Math.min(running, p[idx] * m / rank);
            q[idx] = running;
        }
        return q;
    }
}
