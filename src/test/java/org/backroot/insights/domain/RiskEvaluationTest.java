package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the early warning on simulated people it was not fitted on (seed 202, 100 people x 180 days;
 * own triggers from each person's first 90 days, predictions on the later days), against the baseline of
 * the person's own recent flare rate.
 */
class RiskEvaluationTest {

    private static List<RiskExample> heldOut;

    @BeforeAll
    static void simulate() {
        heldOut = RiskFit.examples(SimPopulation.generate(202L, 100, 180), 90);
    }

    @Test
    void frozenCoefficientsAreTheOnesTheSimulatorGives() {
        double[] refit = RiskFit.fit(RiskFit.examples(SimPopulation.generate(101L, 200, 180), 90));

        System.out.println("Risk coefficients refitted: " + Arrays.toString(refit));
        for (int i = 0; i < refit.length; i++) {
            assertThat(RiskModel.COEFFICIENTS[i]).as("coefficient " + i).isCloseTo(refit[i], within(0.002));
        }
    }

    @Test
    void beatsOwnFlareRateAndIsCalibrated() {
        double[] predicted = heldOut.stream().mapToDouble(e -> RiskModel.probability(e.features())).toArray();
        double[] baseline = heldOut.stream().mapToDouble(e -> e.features().recentFlareRate()).toArray();
        boolean[] flare = new boolean[heldOut.size()];
        for (int i = 0; i < flare.length; i++) {
            flare[i] = heldOut.get(i).flareWithin7Days();
        }
        double model = StatsAuroc.auroc(predicted, flare);
        double own = StatsAuroc.auroc(baseline, flare);

        System.out.printf(Locale.ROOT, "Risk evaluation (held-out, %d person-days, %.1f%% with a flare within 7 days):"
                + " AUROC model %.3f vs own recent flare rate %.3f, Brier %.4f (base-rate Brier %.4f)%n",
                flare.length, 100 * mean(flare), model, own, brier(predicted, flare), baseRateBrier(flare));
        printCalibration(predicted, flare);
        assertThat(model).isGreaterThanOrEqualTo(own).isGreaterThanOrEqualTo(0.65);
        assertThat(brier(predicted, flare)).isLessThan(baseRateBrier(flare));
    }

    private static void printCalibration(double[] predicted, boolean[] flare) {
        Integer[] order = new Integer[predicted.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        System.out.println("Calibration (fifths by predicted risk): bin, n, mean predicted, observed");
        for (int bin = 0; bin < 5; bin++) {
            int from = bin * order.length / 5;
            int to = (bin + 1) * order.length / 5;
            double p = 0;
            double o = 0;
            for (int k = from; k < to; k++) {
                p += predicted[order[k]];
                o += flare[order[k]] ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "  %d  %5d  %.3f  %.3f%n", bin + 1, to - from, p / (to - from), o / (to - from));
            assertThat(Math.abs(p - o) / (to - from)).as("calibration bin " + (bin + 1)).isLessThan(0.08);
        }
    }

    private static double brier(double[] predicted, boolean[] flare) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double d = predicted[i] - (flare[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / predicted.length;
    }

    private static double baseRateBrier(boolean[] flare) {
        double rate = mean(flare);
        return rate * (1 - rate);
    }

    private static double mean(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n / (double) flags.length;
    }
}
