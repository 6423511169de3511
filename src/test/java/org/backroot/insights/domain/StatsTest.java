package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void twoSidedPOfStudentTMatchesTables() {
        assertThat(StatsDistributions.twoSidedP(2.0, 10)).isCloseTo(0.0734, within(0.0005));
        assertThat(StatsDistributions.twoSidedP(0, 10)).isCloseTo(1.0, within(1e-9));
        assertThat(StatsDistributions.tQuantile(0.95, 10)).isCloseTo(2.228, within(0.001));
        assertThat(StatsDistributions.tQuantile(0.95, 1000)).isCloseTo(1.962, within(0.002));
    }

    @Test
    void benjaminiHochbergMatchesHandWorkedExample() {
        double[] q = StatsFdr.qValues(new double[] {0.01, 0.04, 0.03, 0.20});

        // sorted p 0.01, 0.03, 0.04, 0.20 -> p*m/rank 0.04, 0.06, 0.0533, 0.20 -> running minimum from the top
        assertThat(q).containsExactly(new double[] {0.04, 0.0533, 0.0533, 0.20}, within(0.001));
    }

    @Test
    void olsRecoversAKnownEffectAndItsUncertainty() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 400;
        double[][] x = new double[n][];
        double[] y = new double[n];
        int[] day = new int[n];
        for (int i = 0; i < n; i++) {
            double exposed = r.nextDouble() < 0.3 ? 1 : 0;
            x[i] = new double[] {1, exposed};
            y[i] = 3 + 1.5 * exposed + r.nextGaussian();
            day[i] = i;
        }
        StatsOlsFit fit = StatsOls.fit(x, y, day, StatsOls.neweyWestLag(n));

        assertThat(fit.beta()[1]).isCloseTo(1.5, within(0.3));
        assertThat(fit.se()[1]).isCloseTo(1 / Math.sqrt(n * 0.21), within(0.03));
        assertThat(fit.pValue(1)).isLessThan(1e-6);
    }

    @Test
    void glsKeepsTheEffectWhenErrorsCarryOver() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 300;
        double[][] x = new double[n][];
        double[] y = new double[n];
        int[] day = new int[n];
        double u = 0;
        for (int i = 0; i < n; i++) {
            double exposed = r.nextDouble() < 0.3 ? 1 : 0;
            u = 0.6 * u + r.nextGaussian();
            x[i] = new double[] {1, exposed};
            y[i] = 3 + exposed + u;
            day[i] = i;
        }
        assertThat(StatsGls.fitAr1(x, y, day).beta()[1]).isCloseTo(1.0, within(0.25));
    }

    @Test
    void neweyWestLagFollowsTheRuleOfThumb() {
        assertThat(StatsOls.neweyWestLag(100)).isEqualTo(4);
        assertThat(StatsOls.neweyWestLag(28)).isEqualTo(3);
    }

    @Test
    void aurocIsHalfForTiesAndOneForPerfectRanking() {
        assertThat(StatsAuroc.auroc(new double[] {1, 1, 1, 1}, new boolean[] {true, false, true, false})).isEqualTo(0.5);
        assertThat(StatsAuroc.auroc(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true}))
                .isEqualTo(1.0);
    }

    @Test
    void logisticRegressionRecoversItsCoefficients() {
        SplittableRandom r = new SplittableRandom(9);
        int n = 5000;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            double v = r.nextGaussian();
            x[i] = new double[] {1, v};
            y[i] = r.nextDouble() < StatsLogistic.sigmoid(-1 + 0.8 * v);
        }
        double[] beta = StatsLogistic.fit(x, y, 0.0, 25);

        assertThat(beta[0]).isCloseTo(-1, within(0.15));
        assertThat(beta[1]).isCloseTo(0.8, within(0.15));
    }
}
