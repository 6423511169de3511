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
    void ageWhenBackPainFirstBeganIsNoLongerAMalignancySign() {
        assertThat(screen("onset-age", "over-50").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("onset-age", "over-50", "night-pain", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(screen("onset-age", "under-20", "weight-loss", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
    }

    @Test
    void currentAgeOver50CountsTogetherWithASymptomButNotWithAPastCancerAlone() {
        PersonFacts older = new PersonFacts(62, null, null);
        assertThat(withFacts(older).outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(withFacts(older, "night-pain", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(withFacts(older, "cancer-history", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(withFacts(new PersonFacts(50, null, null), "night-pain", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
    }

    @Test
    void activeCancerTreatmentWithNewNerveSignsIsAnEmergency() {
        PersonFacts treated = new PersonFacts(44, true, null);
        assertThat(withFacts(treated).outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(withFacts(treated, "weight-loss", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(withFacts(treated, "foot-drop", "yes").outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
    }

    @Test
    void newQuestionsForRecurrentPainCountAloneOrTogether() {
        assertThat(screen("different-pain", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(screen("constant-worsening", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(screen("upper-back-pain", "yes").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("feeling-unwell", "yes").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("upper-back-pain", "yes", "weight-loss", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(screen("feeling-unwell", "yes", "weakened-immunity", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
    }

    @Test
    void notSureOnASilentSignCountsInCombinations() {
        assertThat(screen("cancer-history", "unsure").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("cancer-history", "unsure", "weight-loss", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(screen("weight-loss", "unsure", "night-pain", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(screen("cancer-history", "unsure", "leg-weakness-worsening", "yes").outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
        assertThat(screen("fever", "unsure", "weakened-immunity", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bladder-change", "sexual-function-change", "both-legs"})
    void longStandingUnchangedSymptomsAskForAGpVisitWithSafetyNetting(String linkId) {
        ScreeningResult result = screen(linkId, "long-standing");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(result.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.condition()).isEqualTo(RedFlagCondition.CAUDA_EQUINA);
            assertThat(reason.message()).contains("long time").contains("emergency department straight away");
        });
        assertThat(screen(linkId, "yes").outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
        assertThat(screen("bladder-change", "long-standing", "both-legs", "long-standing").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
    }

    @Test
    void twoNotSureCaudaEquinaAnswersAreUrgent() {
        ScreeningResult result = screen("bladder-change", "unsure", "saddle-numbness", "unsure");
        assertThat(result.outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(result.reasons().get(0).linkId()).isEqualTo("bladder-change+saddle-numbness");
    }

    @Test
    void oneNotSureCaudaEquinaAnswerWithAnotherCaudaEquinaYesIsUrgent() {
        assertThat(screen("saddle-numbness", "unsure", "both-legs", "long-standing").outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(screen("saddle-numbness", "unsure", "both-legs", "yes").outcome()).isEqualTo(SafetyOutcome.EMERGENCY);
    }

    @Test
    void twoInfectionRiskFactorsTogetherAreUrgent() {
        assertThat(screen("weakened-immunity", "yes", "recent-infection", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
    }

    @Test
    void minorTraumaIsHarmlessAloneButWorthADoctorsCheckWithFragileBones() {
        assertThat(screen("minor-trauma", "yes").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("fragile-bones", "yes").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        ScreeningResult both = screen("minor-trauma", "yes", "fragile-bones", "yes");
        assertThat(both.outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(both.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.condition()).isEqualTo(RedFlagCondition.FRACTURE);
            assertThat(reason.linkId()).isEqualTo("minor-trauma+fragile-bones");
        });
    }

    @Test
    void fragileBonesWithAgeOver50OrSuddenPainAfterABendAreWorthADoctorsCheck() {
        assertThat(withFacts(new PersonFacts(67, null, null), "fragile-bones", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(withFacts(new PersonFacts(67, null, null), "fragile-bones", "unsure").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(screen("fragile-bones", "yes", "sudden-severe-pain", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(withFacts(new PersonFacts(40, null, true), "minor-trauma", "yes").outcome()).isEqualTo(SafetyOutcome.SEE_DOCTOR);
        assertThat(withFacts(new PersonFacts(40, null, null), "fragile-bones", "yes").outcome()).isEqualTo(SafetyOutcome.CLEAR);
        assertThat(screen("major-trauma", "yes", "fragile-bones", "yes").outcome()).isEqualTo(SafetyOutcome.URGENT);
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
            assertThat(reason.message()).contains("weren't sure").contains("phone").contains("today").contains("self-check");
            assertThat(reason.callToday()).isTrue();
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

    private static ScreeningResult withFacts(PersonFacts facts, Object... changes) {
        var answers = RedFlagScreening.answers(changes).values();
        return RedFlagEvaluator.evaluate(RedFlagScreening.INSTRUMENT, RedFlagEvaluator.observations(RedFlagScreening.INSTRUMENT, answers), facts);
    }

    private static Object[] with(Object[] base, Object... more) {
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
