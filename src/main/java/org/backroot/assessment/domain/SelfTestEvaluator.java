package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns one sitting of self-test values into findings: one per measured side (normal or flagged), plus an
 * asymmetry finding where both sides were measured and differ by more than the threshold. Findings come in a
 * fixed order (kinetic chain, posture, breathing) so pages and reports are stable.
 */
public final class SelfTestEvaluator {

    private final SelfTestMobilityRules mobility;
    private final SelfTestControlRules control;
    private final SelfTestPostureRules posture;
    private final SelfTestBreathingRules breathing;

    public SelfTestEvaluator(SelfTestThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        this.mobility = new SelfTestMobilityRules(thresholds);
        this.control = new SelfTestControlRules(thresholds);
        this.posture = new SelfTestPostureRules(thresholds);
        this.breathing = new SelfTestBreathingRules(thresholds);
    }

    public List<Finding> evaluate(SelfTestValues values) {
        Objects.requireNonNull(values, "values");
        List<Finding> findings = new ArrayList<>();
        mobility.evaluate(values, findings);
        control.evaluate(values, findings);
        posture.evaluate(values, findings);
        breathing.evaluate(values, findings);
        return List.copyOf(findings);
    }
}
