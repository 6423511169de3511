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

    /** Findings for a person whose age is not known: adult cut-offs apply. */
    public List<Finding> evaluate(SelfTestValues values) {
        return evaluate(values, null);
    }

    /** @param age the person's age in years on the day of the tests (from About you), or null when not known */
    public List<Finding> evaluate(SelfTestValues values, Integer age) {
        Objects.requireNonNull(values, "values");
        if (age != null && age < 0) throw new IllegalArgumentException("age must not be negative");
        List<Finding> findings = new ArrayList<>();
        mobility.evaluate(values, findings);
        control.evaluate(values, age, findings);
        posture.evaluate(values, findings);
        breathing.evaluate(values, findings);
        return List.copyOf(findings);
    }
}
