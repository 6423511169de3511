package org.backroot.profile.domain;

import java.util.Map;

/**
 * Blends a factor's questionnaire load with its self-test score. Either one alone places the factor;
 * with both, the weights below apply (questionnaire share; the tests get the rest).
 */
final class FactorBlend {

    /**
     * Questionnaire share per factor that has self-tests.
     * <ul>
     * <li>movement 0.5: the home tests measure the mechanics directly, but their cut-offs are mostly heuristic and
     * home measurement is noisy; the questionnaire covers daily exposure (sitting, bending, activity) that the tests
     * cannot see. Neither is clearly better, so they count equally.</li>
     * <li>posture 0.6: the photo angle relates only weakly to measured alignment (R² 0.30) and evidence that head
     * position drives back pain is weak, while the program targets habits, which the questionnaire asks about.</li>
     * <li>breathing 0.6: the breath-hold bands come from a non-peer-reviewed method and rate and pattern are
     * self-observed; the symptom questions follow better studied instruments (Nijmegen-style domains).</li>
     * </ul>
     */
    private static final Map<Factor, Double> QUESTIONNAIRE_SHARE = Map.of(
            Factor.MOVEMENT, 0.5,
            Factor.POSTURE, 0.6,
            Factor.BREATHING, 0.6);

    private FactorBlend() {
    }

    /** The blended load 0-100, or null when neither source has data. */
    static Integer load(Factor factor, Double questionnaire, Integer tests) {
        if (questionnaire == null && tests == null) return null;
        if (tests == null) return round(questionnaire);
        if (questionnaire == null) return tests;
        double share = QUESTIONNAIRE_SHARE.getOrDefault(factor, 1.0);
        return round(share * questionnaire + (1 - share) * tests);
    }

    private static int round(double load) {
        return (int) Math.max(0, Math.min(100, Math.round(load)));
    }
}
