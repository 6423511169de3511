package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backroot.safety.domain.RedFlagScreening.screen;

import java.util.List;
import java.util.Set;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentParser;
import org.backroot.assessment.domain.ResponseValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedFlagEvaluatorTest {

    @Test
    void noWarningSignsIsClear() {
        ScreeningResult result = screen();
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(result.reasons()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bladder-change", "bowel-change", "saddle-numbness", "sexual-function-change", "both-legs"})
    void anyCaudaEquinaSignIsAnEmergency(String linkId) {
        ScreeningResult result = screen(linkId, "yes");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
        assertThat(result.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.linkId()).isEqualTo(linkId);
            assertThat(reason.condition()).isEqualTo(RedFlagCondition.CAUDA_EQUINA);
            assertThat(reason.message()).contains("emergency department now");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"leg-weakness-worsening", "foot-drop", "numbness-spreading", "fever", "major-trauma"})
    void progressiveNerveSignsFeverAndMajorTraumaAreUrgent(String linkId) {
        assertThat(screen(linkId, "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cancer-history", "weight-loss", "night-pain", "weakened-immunity", "injected-drugs", "recent-infection"})
    void oneSoftSignOnItsOwnAsksForAGpVisit(String linkId) {
        assertThat(screen(linkId, "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
    }

    @Test
    void twoSignsOfAGrowthTogetherAreUrgent() {
        ScreeningResult result = screen("cancer-history", "yes", "weight-loss", "yes");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(result.reasons().get(0).linkId()).isEqualTo("cancer-history+weight-loss");
        assertThat(result.reasons()).hasSize(3);
    }

    @Test
    void ageAtOnsetMattersOnlyTogetherWithAnotherSign() {
        assertThat(screen("onset-age", "over-50").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("onset-age", "under-20").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("onset-age", "over-50", "night-pain", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
    }

    @Test
    void twoInfectionRiskFactorsTogetherAreUrgent() {
        assertThat(screen("weakened-immunity", "yes", "recent-infection", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
    }

    @Test
    void minorTraumaIsHarmlessAloneButUrgentWithFragileBones() {
        assertThat(screen("minor-trauma", "yes").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("fragile-bones", "yes").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        ScreeningResult both = screen("minor-trauma", "yes", "fragile-bones", "yes");
        assertThat(both.outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(both.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.condition()).isEqualTo(RedFlagCondition.FRACTURE);
            assertThat(reason.linkId()).isEqualTo("minor-trauma+fragile-bones");
        });
    }

    @Test
    void nerveSignsTogetherWithAGrowthSignAreAnEmergency() {
        ScreeningResult result = screen("cancer-history", "yes", "leg-weakness-worsening", "yes");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
        assertThat(result.reasons().get(0).linkId()).isEqualTo("cancer-history+leg-weakness-worsening");
    }

    @Test
    void highestOutcomeWinsAndReasonsAreOrderedBySeverity() {
        ScreeningResult result = screen("cancer-history", "yes", "fever", "yes", "saddle-numbness", "yes");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
        assertThat(result.reasons()).extracting(Reason::outcome)
                .containsExactly(SafetyOutcome.EMERGENCY, SafetyOutcome.URGENT, SafetyOutcome.SEE_DOCTOR);
    }

    @Test
    void notSureOnAnEmergencyQuestionAsksForAGpVisitAndSaysWhy() {
        ScreeningResult result = screen("bladder-change", "unsure");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(result.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.condition()).isEqualTo(RedFlagCondition.CAUDA_EQUINA);
            assertThat(reason.message()).contains("weren't sure").contains("would need a doctor quickly");
        });
    }

    @Test
    void notSureOnAnUrgentQuestionAlsoAsksForAGpVisit() {
        assertThat(screen("fever", "unsure").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
    }

    @Test
    void notSureOnASoftSignRaisesNothing() {
        assertThat(screen("cancer-history", "unsure", "wakes-late-night", "unsure").outcome()).isEqualTo(SafetyOutcome.CLEAR);
    }

    @Test
    void inflammatoryBackPainWithFourCriteriaAsksAboutARheumatologyReferral() {
        ScreeningResult result = screen("onset-age", "35-44", "back-pain-duration", "over-3-months",
                "wakes-late-night", "yes", "buttock-pain", "yes", "better-with-movement", "yes", "psoriasis", "yes");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(result.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.condition()).isEqualTo(RedFlagCondition.AXIAL_SPA);
            assertThat(reason.message()).contains("rheumatologist").doesNotContain("blood test");
        });
    }

    @Test
    void onsetBefore35CountsAsACriterion() {
        ScreeningResult result = screen("onset-age", "20-34", "back-pain-duration", "over-3-months",
                "wakes-late-night", "yes", "buttock-pain", "yes", "better-with-movement", "yes");
        assertThat(result.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.linkId()).isEqualTo("onset-age+wakes-late-night+buttock-pain+better-with-movement");
            assertThat(reason.message()).doesNotContain("blood test");
        });
    }

    @Test
    void inflammatoryBackPainWithExactlyThreeCriteriaSuggestsDiscussingABloodTest() {
        ScreeningResult result = screen("onset-age", "35-44", "back-pain-duration", "over-3-months",
                "wakes-late-night", "yes", "buttock-pain", "yes", "anti-inflammatory-response", "yes");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(result.reasons()).singleElement().satisfies(reason -> assertThat(reason.message()).contains("blood test"));
    }

    @Test
    void inflammatoryCriteriaDoNotCountWhenTheGateIsNotMet() {
        Object[] criteria = {"wakes-late-night", "yes", "buttock-pain", "yes", "better-with-movement", "yes", "psoriasis", "yes"};
        assertThat(screen(with(criteria, "onset-age", "45-50", "back-pain-duration", "over-3-months")).outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen(with(criteria, "onset-age", "20-34", "back-pain-duration", "under-3-months")).outcome()).isEqualTo(SafetyOutcome.CLEAR);
    }

    @Test
    void twoCriteriaAreNotEnough() {
        assertThat(screen("onset-age", "35-44", "back-pain-duration", "over-3-months", "psoriasis", "yes", "buttock-pain", "yes").outcome())
                .isEqualTo(SafetyOutcome.CLEAR);
    }

    @Test
    void refusesInstrumentsThatAreNotScreenings() {
        Instrument outcome = new InstrumentParser().parse("o.yaml", """
                id: pain
                version: 1
                title: Pain
                purpose: outcome
                intro: I.
                source: S.
                items:
                  - {linkId: q1, text: Item 1, type: integer, min: 0, max: 10}
                scoring: {method: sum}
                """);
        assertThatThrownBy(() -> RedFlagEvaluator.evaluate(outcome, ResponseValidator.validate(outcome, java.util.Map.of())))
                .hasMessageContaining("not a screening instrument");
    }

    @Test
    void symptomsFromACheckInAreJudgedLikeScreeningAnswers() {
        assertThat(RedFlagEvaluator.evaluateSymptoms(Set.of()).outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(RedFlagEvaluator.evaluateSymptoms(Set.of(Symptom.SADDLE_NUMBNESS)).outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
        assertThat(RedFlagEvaluator.evaluateSymptoms(Set.of(Symptom.FEVER)).outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(RedFlagEvaluator.evaluateSymptoms(Set.of(Symptom.NIGHT_PAIN)).outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(RedFlagEvaluator.evaluateSymptoms(List.of(Symptom.NIGHT_PAIN, Symptom.UNEXPLAINED_WEIGHT_LOSS)).outcome())
                .isEqualTo(SafetyOutcome.URGENT);
        assertThat(RedFlagEvaluator.evaluateSymptoms(Set.of(Symptom.NIGHT_PAIN, Symptom.FOOT_DROP)).outcome())
                .isEqualTo(SafetyOutcome.EMERGENCY);
    }

    private static Object[] with(Object[] base, Object... more) {
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
