package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeAssessmentTest {

    @Test
    void painFallingByThreePointsIsMeaningful() {
        Change c = ChangeAssessment.of(MicMeasure.PAIN_NRS, 6, 3);
        assertThat(c.delta()).isEqualTo(-3.0);
        assertThat(c.percent()).isEqualTo(-50.0);
        assertThat(c.direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(c.meaningful()).isTrue();
        assertThat(c.sentence()).isEqualTo(
                "Your average pain fell from 6 to 3: a change of 3 points (50 %), more than the 2 points that people notice as real change.");
    }

    @Test
    void exactlyTwoPointsOfPainReachesTheThreshold() {
        Change c = ChangeAssessment.of(MicMeasure.PAIN_NRS, 7, 5);
        assertThat(c.meaningful()).isTrue();
        assertThat(c.sentence()).contains("as much as the 2 points");
    }

    @Test
    void thirtyPercentLessPainIsEnoughEvenUnderTwoPoints() {
        Change c = ChangeAssessment.of(MicMeasure.PAIN_NRS, 3, 2);
        assertThat(c.meaningful()).isTrue();
        assertThat(c.sentence()).isEqualTo(
                "Your average pain fell from 3 to 2: a change of 1 point (33 %), more than the 30 % that people notice as real change.");
    }

    @Test
    void aSmallFallInPainIsNotMeaningful() {
        Change c = ChangeAssessment.of(MicMeasure.PAIN_NRS, 6, 5);
        assertThat(c.meaningful()).isFalse();
        assertThat(c.sentence()).isEqualTo(
                "Your average pain fell from 6 to 5: a change of 1 point (17 %), less than the 2 points or 30 % that people notice as real change.");
    }

    @Test
    void aRiseInPainNeedsTheFullTwoPointsNotThePercentage() {
        Change small = ChangeAssessment.of(MicMeasure.PAIN_NRS, 1, 2);
        assertThat(small.direction()).isEqualTo(ChangeDirection.WORSE);
        assertThat(small.percent()).isEqualTo(100.0);
        assertThat(small.meaningful()).isFalse();
        assertThat(small.sentence()).endsWith("less than the 2 points that people notice as real change.");
        assertThat(ChangeAssessment.of(MicMeasure.PAIN_NRS, 3, 6).meaningful()).isTrue();
    }

    @Test
    void aRiseInPsfsIsAnImprovement() {
        Change c = ChangeAssessment.of(MicMeasure.PSFS, 4, 6.5);
        assertThat(c.direction()).isEqualTo(ChangeDirection.IMPROVED);
        assertThat(c.meaningful()).isTrue();
        assertThat(c.sentence()).startsWith("Your activity score (PSFS) rose from 4 to 6.5: a change of 2.5 points (63 %)");
        assertThat(ChangeAssessment.of(MicMeasure.PSFS, 4, 5.5).meaningful()).isFalse();
    }

    @Test
    void oneActivityOnPsfsNeedsThreePoints() {
        assertThat(ChangeAssessment.of(MicMeasure.PSFS_ACTIVITY, 3, 5).meaningful()).isFalse();
        assertThat(ChangeAssessment.of(MicMeasure.PSFS_ACTIVITY, 3, 6).meaningful()).isTrue();
    }

    @Test
    void pegUsesThirtyPercentAndSaysItIsACommonGuide() {
        Change c = ChangeAssessment.of(MicMeasure.PEG, 6, 4);
        assertThat(c.meaningful()).isTrue();
        assertThat(c.rule().basis()).isEqualTo(MicBasis.UNVERIFIED);
        assertThat(c.sentence()).endsWith("more than the 30 % often taken as real change.");
        assertThat(ChangeAssessment.of(MicMeasure.PEG, 6, 7).meaningful()).isFalse();
        assertThat(ChangeAssessment.of(MicMeasure.PEG, 3, 4).meaningful()).as("a rise of 33 %% on PEG").isTrue();
    }

    @Test
    void factorLoadsUseBackroot_sOwnFifteenPoints() {
        Change c = ChangeAssessment.of(MicMeasure.FACTOR_LOAD, "movement load", 60, 40);
        assertThat(c.meaningful()).isTrue();
        assertThat(c.rule().basis()).isEqualTo(MicBasis.BACKROOT_HEURISTIC);
        assertThat(c.sentence()).isEqualTo("Your movement load fell from 60 to 40: a change of 20 points (33 %), "
                + "more than the 15 points that Backroot takes as a sign of real change.");
        assertThat(ChangeAssessment.of(MicMeasure.FACTOR_LOAD, "movement load", 60, 50).meaningful()).isFalse();
    }

    @Test
    void odiAndRmdqUseTheirPublishedPoints() {
        assertThat(ChangeAssessment.of(MicMeasure.ODI, 40, 30).meaningful()).isTrue();
        assertThat(ChangeAssessment.of(MicMeasure.ODI, 40, 32).meaningful()).isFalse();
        assertThat(ChangeAssessment.of(MicMeasure.RMDQ, 12, 7).meaningful()).isTrue();
        assertThat(ChangeAssessment.of(MicMeasure.RMDQ, 12, 9).meaningful()).isFalse();
    }

    @Test
    void noChangeIsTheSameAndNeverMeaningful() {
        Change c = ChangeAssessment.of(MicMeasure.PAIN_NRS, 4, 4);
        assertThat(c.direction()).isEqualTo(ChangeDirection.SAME);
        assertThat(c.meaningful()).isFalse();
        assertThat(c.sentence()).isEqualTo("Your average pain stayed at 4.");
    }

    @Test
    void aBaselineOfZeroHasNoPercentage() {
        Change c = ChangeAssessment.of(MicMeasure.PAIN_NRS, 0, 3);
        assertThat(c.percent()).isNull();
        assertThat(c.meaningful()).isTrue();
        assertThat(c.sentence()).isEqualTo(
                "Your average pain rose from 0 to 3: a change of 3 points, more than the 2 points that people notice as real change.");
    }

    @Test
    void rulesCanBeReplacedFromConfiguration() {
        MicRules strict = MicRules.defaults().with(new MicRule(MicMeasure.PAIN_NRS, 3.0, null, MicBasis.PUBLISHED, "stricter"));
        assertThat(ChangeAssessment.of(strict, MicMeasure.PAIN_NRS, "average pain", 6, 4).meaningful()).isFalse();
        assertThat(MicRules.defaults().rules()).hasSize(MicMeasure.values().length);
    }

    @Test
    void rejectsValuesOffTheScaleAndIncompleteRules() {
        assertThatThrownBy(() -> ChangeAssessment.of(MicMeasure.PAIN_NRS, 11, 3)).hasMessageContaining("baseline");
        assertThatThrownBy(() -> ChangeAssessment.of(MicMeasure.RMDQ, 3, 25)).hasMessageContaining("latest");
        assertThatThrownBy(() -> MicRules.of(List.of())).hasMessageContaining("missing");
        assertThatThrownBy(() -> new MicRule(MicMeasure.PEG, null, null, MicBasis.PUBLISHED, "x")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new MicRule(MicMeasure.PEG, null, 130.0, MicBasis.PUBLISHED, "x")).hasMessageContaining("percent");
    }
}
