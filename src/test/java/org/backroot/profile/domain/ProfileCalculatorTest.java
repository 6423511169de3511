package org.backroot.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.backroot.assessment.domain.SelfTestThresholds;
import org.backroot.assessment.domain.SelfTestValues;
import org.junit.jupiter.api.Test;

class ProfileCalculatorTest {

    static final Instant NOW = Instant.parse("2026-03-14T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void alwaysListsSixFactorsInOrder() {
        Profile profile = compute(Map.of(), null);

        assertThat(profile.factors()).extracting(FactorLoad::id)
                .containsExactly("movement", "stress", "posture", "inflammation", "fear", "breathing");
        assertThat(profile.computedAt()).isEqualTo(NOW);
    }

    @Test
    void factorWithoutDataIsUnknownNotZero() {
        FactorLoad stress = compute(Map.of(), null).factor(Factor.STRESS);

        assertThat(stress.load()).isNull();
        assertThat(stress.level()).isEqualTo(FactorLevel.UNKNOWN);
        assertThat(stress.drivers()).isEmpty();
        assertThat(stress.summary()).contains("not looked at stress and muscle tension yet");
    }

    @Test
    void aShortScreenAlonePlacesAFactorAsAFirstLookNotZeroAndNotUnknown() {
        FactorLoad fear = compute(Map.of("fear", new FactorCheck("fear", 0, List.of(), true)), null).factor(Factor.FEAR);
        FactorLoad stress = compute(Map.of("stress", new FactorCheck("stress", 58.3, List.of(), true)), null).factor(Factor.STRESS);

        assertThat(fear.load()).isZero();
        assertThat(fear.level()).isEqualTo(FactorLevel.LOW);
        assertThat(fear.firstLook()).isTrue();
        assertThat(stress.load()).isEqualTo(58);
        assertThat(stress.firstLook()).isTrue();
        assertThat(compute(Map.of("stress", check("stress", 58.3)), null).factor(Factor.STRESS).firstLook()).isFalse();
    }

    @Test
    void aFirstLookWithoutALoadIsRefused() {
        assertThatThrownBy(() -> new FactorLoad("stress", "Stress", null, FactorLevel.UNKNOWN, List.of(), "x", true))
                .hasMessageContaining("first-look");
    }

    @Test
    void questionnaireAlonePlacesAFactor() {
        FactorLoad stress = compute(Map.of("stress", check("stress", 70)), null).factor(Factor.STRESS);

        assertThat(stress.load()).isEqualTo(70);
        assertThat(stress.level()).isEqualTo(FactorLevel.HIGH);
    }

    @Test
    void selfTestAlonePlacesAFactor() {
        // Breath pause 10 s: 10 s under the 20 s cut-off, full severity at 0 s: 50.
        FactorLoad breathing = compute(Map.of(), tests(Map.of("breathHoldSec", 10))).factor(Factor.BREATHING);

        assertThat(breathing.load()).isEqualTo(50);
        assertThat(breathing.drivers()).extracting(Driver::kind).containsExactly(DriverKind.TEST);
    }

    @Test
    void normalSelfTestsPlaceTheFactorLowRatherThanUnknown() {
        FactorLoad movement = compute(Map.of(), tests(Map.of("kneeToWallCmLeft", 12, "kneeToWallCmRight", 12))).factor(Factor.MOVEMENT);

        assertThat(movement.load()).isZero();
        assertThat(movement.level()).isEqualTo(FactorLevel.LOW);
    }

    @Test
    void movementBlendsQuestionnaireAndTestsEqually() {
        // Left ankle 3 cm: severity 100 * 7/10 = 70. Blend 0.5 * 30 + 0.5 * 70 = 50.
        FactorLoad movement = compute(Map.of("movement", check("movement", 30)), tests(Map.of("kneeToWallCmLeft", 3))).factor(Factor.MOVEMENT);

        assertThat(movement.load()).isEqualTo(50);
        assertThat(movement.level()).isEqualTo(FactorLevel.MODERATE);
    }

    @Test
    void postureLeansOnTheQuestionnaire() {
        // Head-to-wall 10 cm: severity 100. Blend 0.6 * 20 + 0.4 * 100 = 52.
        FactorLoad posture = compute(Map.of("posture", check("posture", 20)), tests(Map.of("occiputToWallCm", 10))).factor(Factor.POSTURE);

        assertThat(posture.load()).isEqualTo(52);
    }

    @Test
    void fearComesFromTheQuestionnaireOnly() {
        FactorLoad fear = compute(Map.of(), tests(Map.of("toeTouchCm", 40, "hipHinge", "fail"))).factor(Factor.FEAR);

        assertThat(fear.level()).isEqualTo(FactorLevel.UNKNOWN);
    }

    @Test
    void levelsFollowTheInstrumentBands() {
        assertThat(FactorLevel.of(33)).isEqualTo(FactorLevel.LOW);
        assertThat(FactorLevel.of(34)).isEqualTo(FactorLevel.MODERATE);
        assertThat(FactorLevel.of(66)).isEqualTo(FactorLevel.MODERATE);
        assertThat(FactorLevel.of(67)).isEqualTo(FactorLevel.HIGH);
        assertThat(FactorLevel.of(null)).isEqualTo(FactorLevel.UNKNOWN);
    }

    @Test
    void driversAreTheItemsAnsweredFurthestUpTheirScale() {
        FactorCheck stress = new FactorCheck("stress", 60, List.of(
                item("sleep-worry", "worry", 1, 4, "Rarely"),
                item("tension-neck", "muscle-tension", 4, 4, "Almost always"),
                item("recovery", "recovery", 0, 4, "Never"),
                item("jaw", "muscle-tension", 3, 4, "Often")));

        FactorLoad load = compute(Map.of("stress", stress), null).factor(Factor.STRESS);

        assertThat(load.drivers()).extracting(Driver::ref).containsExactly("tension-neck", "jaw", "sleep-worry");
        assertThat(load.drivers().get(0).detail()).isEqualTo("You answered “Almost always” to “Question tension-neck?”");
        assertThat(load.summary()).isEqualTo(
                "Stress and muscle tension may be playing some part in your back pain. The clearest signs are your answers about muscle tension and your answers about worry.");
    }

    @Test
    void flaggedTestsBecomeDriversWithTheirNotes() {
        FactorLoad movement = compute(Map.of(), tests(Map.of("kneeToWallCmLeft", 6, "kneeToWallCmRight", 11))).factor(Factor.MOVEMENT);

        assertThat(movement.drivers()).extracting(Driver::ref).containsExactly("knee-to-wall:left", "knee-to-wall:left");
        assertThat(movement.drivers()).extracting(Driver::detail)
                .anySatisfy(d -> assertThat(d).startsWith("Your left ankle bends about 5 cm less than your right"));
        assertThat(movement.summary()).contains("the knee-to-wall test (left)");
    }

    @Test
    void summariesNeverDiagnose() {
        Profile profile = compute(Map.of("fear", check("fear", 90), "movement", check("movement", 80)),
                tests(Map.of("kneeToWallCmLeft", 2, "breathingPattern", "chest", "craniovertebralAngleDeg", 30)));

        assertThat(profile.factors()).extracting(FactorLoad::summary)
                .allSatisfy(s -> assertThat(s.toLowerCase()).doesNotContain("damage", "degeneration", "wear and tear", "diagnos", "weak core"));
        assertThat(profile.factor(Factor.FEAR).summary()).contains("may be playing a big part", "it can change");
    }

    @Test
    void rejectsAKeyThatDoesNotMatchItsCheck() {
        assertThatThrownBy(() -> compute(Map.of("stress", check("fear", 10)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stress");
    }

    @Test
    void factorCheckRejectsAnUnknownFactorAndALoadAboveHundred() {
        assertThatThrownBy(() -> check("mood", 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factorId");
        assertThatThrownBy(() -> check("stress", 100.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("load");
    }

    @Test
    void itemEvidenceRejectsPointsAboveItsMaximum() {
        assertThatThrownBy(() -> item("a", "worry", 5, 4, "Often"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("points");
    }

    @Test
    void factorLoadRejectsALevelThatDisagreesWithTheLoad() {
        assertThatThrownBy(() -> new FactorLoad("stress", "Stress", 80, FactorLevel.LOW, List.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
        assertThatThrownBy(() -> new FactorLoad("stress", "Stress", 0, FactorLevel.UNKNOWN, List.of(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
    }

    static Profile compute(Map<String, FactorCheck> checks, SelfTestValues tests) {
        return ProfileCalculator.compute(checks, tests, SelfTestThresholds.defaults(), NOW);
    }

    static SelfTestValues tests(Map<String, ?> raw) {
        return SelfTestValues.fromMap(raw, TODAY);
    }

    static FactorCheck check(String factorId, double load) {
        return new FactorCheck(factorId, load, List.of());
    }

    static ItemEvidence item(String linkId, String facet, double points, double max, String answer) {
        return new ItemEvidence(linkId, facet, "Question " + linkId + "?", answer, points, max);
    }
}
