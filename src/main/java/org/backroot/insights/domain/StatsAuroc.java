package org.backroot.insights.domain;

import java.util.Arrays;
import java.util.Comparator;

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
public final class StatsAuroc {

    private StatsAuroc() {
    }

    public static double auroc(double[] score, boolean[] positive) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[order[t]]) {
                    rankSumPositives += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositives - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }
}
