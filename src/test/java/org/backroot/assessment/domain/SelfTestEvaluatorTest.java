package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelfTestEvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private final SelfTestEvaluator evaluator = new SelfTestEvaluator(SelfTestThresholds.defaults());

    @Test
    void flagsAnkleAsymmetryBeyondMeasurementErrorWithPlainNumbers() {
        List<Finding> findings = evaluate(Map.of("kneeToWallCmLeft", 8, "kneeToWallCmRight", 12));

        assertThat(findings).filteredOn(f -> f.flag() == FindingFlag.ASYMMETRIC).singleElement().satisfies(f -> {
            assertThat(f.side()).isEqualTo(FindingSide.LEFT);
            assertThat(f.value()).isEqualTo("4 cm difference");
            assertThat(f.note()).isEqualTo(
                    "Your left ankle bends about 4 cm less than your right — that is more than the 1.5 cm a measurement can wobble by.");
        });
    }

    @Test
    void ankleGapWithinMeasurementErrorIsNotAsymmetric() {
        assertThat(evaluate(Map.of("kneeToWallCmLeft", 11, "kneeToWallCmRight", 12.5)))
                .extracting(Finding::flag).containsOnly(FindingFlag.NORMAL);
    }

    @Test
    void floatNoiseDoesNotTipAnAnkleGapOverTheCutOff() {
        assertThat(evaluate(Map.of("kneeToWallCmLeft", 9.1, "kneeToWallCmRight", 10.6)))
                .noneMatch(f -> f.flag() == FindingFlag.ASYMMETRIC);
    }

    @Test
    void flagsAnkleMoreThanOneCmBelowTenAsRestrictedOnThatSideOnly() {
        List<Finding> findings = evaluate(Map.of("kneeToWallCmLeft", 8.5, "kneeToWallCmRight", 10));

        assertThat(findings).filteredOn(Finding::flagged).singleElement().satisfies(f -> {
            assertThat(f.flag()).isEqualTo(FindingFlag.RESTRICTED);
            assertThat(f.side()).isEqualTo(FindingSide.LEFT);
            assertThat(f.value()).isEqualTo("8.5 cm");
            assertThat(f.note()).contains("8.5 cm", "Below 10 cm", "may borrow movement");
        });
    }

    @Test
    void ankleWithinOneCmUnderTheCutOffIsBorderlineNotRestricted() {
        Finding f = single(Map.of("kneeToWallCmLeft", 9));
        assertThat(f.flag()).isEqualTo(FindingFlag.BORDERLINE);
        assertThat(f.flagged()).isFalse();
        assertThat(f.severity()).isZero();
        assertThat(f.note()).contains("9 cm", "borderline", "10 cm", "1 cm");
    }

    @Test
    void thoracicFortyFourBothWaysIsNormalNowThatTheCutOffSitsBelowTheNorm() {
        assertThat(evaluate(Map.of("thoracicRotationDegLeft", 44, "thoracicRotationDegRight", 44)))
                .extracting(Finding::flag).containsOnly(FindingFlag.NORMAL);
    }

    @Test
    void thoracicJustUnderTheCutOffIsBorderlineAndClearlyUnderIsRestrictedFromZeroSeverity() {
        assertThat(single(Map.of("thoracicRotationDegLeft", 30)).flag()).isEqualTo(FindingFlag.BORDERLINE);
        Finding clear = single(Map.of("thoracicRotationDegLeft", 28));
        assertThat(clear.flag()).isEqualTo(FindingFlag.RESTRICTED);
        // 7° past a 35° cut-off, full severity at 0°: 7/35 of the way
        assertThat(clear.severity()).isEqualTo(20);
    }

    @Test
    void severityGrowsFromZeroAtTheCutOffNotFromAFloor() {
        // 2 cm past the 10 cm cut-off, just outside the 1 cm borderline band: 2/10 of the way to full
        assertThat(single(Map.of("kneeToWallCmLeft", 8)).severity()).isEqualTo(20);
        assertThat(single(Map.of("kneeToWallCmLeft", 0)).severity()).isEqualTo(100);
    }

    @Test
    void hipRotationDifferenceOfExactlyTenDegreesIsAsymmetric() {
        assertThat(evaluate(Map.of("hipInternalRotationDegLeft", 40, "hipInternalRotationDegRight", 30)))
                .filteredOn(Finding::flagged).singleElement()
                .satisfies(f -> assertThat(f.side()).isEqualTo(FindingSide.RIGHT))
                .satisfies(f -> assertThat(f.flag()).isEqualTo(FindingFlag.ASYMMETRIC));
    }

    @Test
    void thoracicRotationOfExactlyTenDegreesApartIsNotAsymmetric() {
        assertThat(evaluate(Map.of("thoracicRotationDegLeft", 60, "thoracicRotationDegRight", 50)))
                .extracting(Finding::flag).containsOnly(FindingFlag.NORMAL);
    }

    @Test
    void legRaiseScoreOfOneIsPositive() {
        Finding f = single(Map.of("activeStraightLegRaiseRight", 1));
        assertThat(f.flag()).isEqualTo(FindingFlag.POSITIVE);
        assertThat(f.side()).isEqualTo(FindingSide.RIGHT);
        assertThat(f.note()).contains("a little difficult", "1 of 5");
    }

    @Test
    void standingUnderFiveSecondsIsAFallsRiskFindingThatAsksForABalanceCheck() {
        Finding f = single(Map.of("singleLegStanceSecLeft", 4));
        assertThat(f.flag()).isEqualTo(FindingFlag.FALL_RISK);
        assertThat(f.seeClinician()).isTrue();
        assertThat(f.note()).contains("4 s", "falling", "check your balance", "not a finding about your back");
    }

    @Test
    void standingUnderTwentySecondsIsReducedAndSaysItIsARoughGuide() {
        Finding f = single(Map.of("singleLegStanceSecRight", 12));
        assertThat(f.flag()).isEqualTo(FindingFlag.REDUCED);
        assertThat(f.note()).contains("rough guide", "About you");
    }

    @Test
    void balanceIsReadAgainstPeopleOfTheSameAge() {
        SelfTestValues twelveSeconds = values(Map.of("singleLegStanceSecRight", 12));
        assertThat(evaluator.evaluate(twelveSeconds, 45).get(0).flag()).isEqualTo(FindingFlag.REDUCED);
        assertThat(evaluator.evaluate(twelveSeconds, 65).get(0).flag()).isEqualTo(FindingFlag.REDUCED);
        assertThat(evaluator.evaluate(twelveSeconds, 75).get(0).flag()).isEqualTo(FindingFlag.NORMAL);
        assertThat(evaluator.evaluate(twelveSeconds, 84).get(0).flag()).isEqualTo(FindingFlag.NORMAL);
        assertThat(evaluator.evaluate(values(Map.of("singleLegStanceSecRight", 7)), 75).get(0).note()).contains("aged 70 to 79");
        assertThat(evaluator.evaluate(values(Map.of("singleLegStanceSecRight", 4)), 84).get(0).flag()).isEqualTo(FindingFlag.FALL_RISK);
    }

    @Test
    void balanceGapMattersOnlyWhileOneSideIsShort() {
        assertThat(evaluate(Map.of("singleLegStanceSecLeft", 45, "singleLegStanceSecRight", 120)))
                .extracting(Finding::flag).containsOnly(FindingFlag.NORMAL);
        assertThat(evaluate(Map.of("singleLegStanceSecLeft", 22, "singleLegStanceSecRight", 40)))
                .filteredOn(Finding::flagged).singleElement()
                .satisfies(f -> assertThat(f.side()).isEqualTo(FindingSide.LEFT));
    }

    @Test
    void forwardHeadClearlyBelowTheCutOffIsFlaggedWithoutDiagnosing() {
        Finding f = single(Map.of("craniovertebralAngleDeg", 44));
        assertThat(f.flag()).isEqualTo(FindingFlag.POSITIVE);
        assertThat(f.side()).isNull();
        assertThat(f.note()).contains("44°", "48° and 50°").doesNotContain("damage", "out of alignment");
    }

    @Test
    void aHeadAngleOfFiftyIsNormalAndFortySevenIsBorderline() {
        assertThat(single(Map.of("craniovertebralAngleDeg", 50)).flag()).isEqualTo(FindingFlag.NORMAL);
        assertThat(single(Map.of("craniovertebralAngleDeg", 47)).flag()).isEqualTo(FindingFlag.BORDERLINE);
    }

    @Test
    void headTouchingTheWallIsNormalASmallGapBorderlineAndALargerOneFlagged() {
        assertThat(single(Map.of("occiputToWallCm", 0)).flag()).isEqualTo(FindingFlag.NORMAL);
        assertThat(single(Map.of("occiputToWallCm", 0.5)).flag()).isEqualTo(FindingFlag.BORDERLINE);
        assertThat(single(Map.of("occiputToWallCm", 3)).flag()).isEqualTo(FindingFlag.POSITIVE);
    }

    @Test
    void breathHoldBandsFollowBoltAndSayTheyAreNotPeerReviewed() {
        assertThat(single(Map.of("breathHoldSec", 12)).flag()).isEqualTo(FindingFlag.POOR);
        assertThat(single(Map.of("breathHoldSec", 25)).flag()).isEqualTo(FindingFlag.REDUCED);
        assertThat(single(Map.of("breathHoldSec", 40)).flag()).isEqualTo(FindingFlag.NORMAL);
        assertThat(single(Map.of("breathHoldSec", 12)).note()).contains("not from peer-reviewed studies");
    }

    @Test
    void restingRateAboveTwentyIsElevatedAndExplainsTheUsualRange() {
        Finding f = single(Map.of("restingBreathsPerMin", 22));
        assertThat(f.flag()).isEqualTo(FindingFlag.ELEVATED);
        assertThat(f.note()).contains("12 to 20");
        assertThat(single(Map.of("restingBreathsPerMin", 20)).flag()).isEqualTo(FindingFlag.NORMAL);
    }

    @Test
    void restingRateOfTwentyFiveOrMoreSaysToSeeADoctor() {
        Finding f = single(Map.of("restingBreathsPerMin", 25));
        assertThat(f.flag()).isEqualTo(FindingFlag.SEE_DOCTOR);
        assertThat(f.note()).contains("25 or more", "see your doctor");
        assertThat(single(Map.of("restingBreathsPerMin", 24)).flag()).isEqualTo(FindingFlag.ELEVATED);
    }

    @Test
    void shortBreathHoldWithBreathlessnessAtRestSaysToSeeADoctorButNotWithoutIt() {
        Finding both = evaluate(Map.of("breathHoldSec", 8, "breathlessAtRest", "yes")).get(0);
        assertThat(both.flag()).isEqualTo(FindingFlag.SEE_DOCTOR);
        assertThat(both.note()).contains("under 10 s", "see your doctor");
        assertThat(evaluate(Map.of("breathHoldSec", 8, "breathlessAtRest", "no")).get(0).flag()).isEqualTo(FindingFlag.POOR);
        assertThat(evaluate(Map.of("breathHoldSec", 10, "breathlessAtRest", "yes")).get(0).flag()).isEqualTo(FindingFlag.POOR);
    }

    @Test
    void chestBreathingIsFlaggedMoreThanMixed() {
        Finding chest = single(Map.of("breathingPattern", "chest"));
        Finding mixed = single(Map.of("breathingPattern", "mixed"));
        assertThat(chest.flag()).isEqualTo(FindingFlag.POSITIVE);
        assertThat(mixed.flag()).isEqualTo(FindingFlag.REDUCED);
        assertThat(chest.severity()).isGreaterThan(mixed.severity());
        assertThat(single(Map.of("breathingPattern", "abdominal")).flagged()).isFalse();
    }

    @Test
    void toeTouchMoreThanThirteenCmFromTheFloorIsRestrictedAndJustPastTenBorderline() {
        assertThat(single(Map.of("toeTouchCm", 14)).flag()).isEqualTo(FindingFlag.RESTRICTED);
        assertThat(single(Map.of("toeTouchCm", 11)).flag()).isEqualTo(FindingFlag.BORDERLINE);
        assertThat(single(Map.of("toeTouchCm", 10)).flag()).isEqualTo(FindingFlag.NORMAL);
    }

    @Test
    void failedHipHingeAndWallTestAreFlagged() {
        assertThat(single(Map.of("hipHinge", "fail")).flag()).isEqualTo(FindingFlag.POSITIVE);
        assertThat(single(Map.of("shoulderFlexionWallRight", "fail")).side()).isEqualTo(FindingSide.RIGHT);
        assertThat(single(Map.of("thomasTestLeft", "positive")).flag()).isEqualTo(FindingFlag.POSITIVE);
    }

    @Test
    void furtherPastTheCutOffIsMoreSevere() {
        assertThat(single(Map.of("kneeToWallCmLeft", 3)).severity())
                .isGreaterThan(single(Map.of("kneeToWallCmLeft", 8)).severity());
    }

    @Test
    void usesConfiguredThresholdsInFlagsAndWords() {
        SelfTestThresholds strict = SelfTestThresholds.defaults().overriddenBy(Map.of("kneeToWallRestrictedBelowCm", 12.5));

        Finding f = new SelfTestEvaluator(strict).evaluate(values(Map.of("kneeToWallCmLeft", 11))).get(0);

        assertThat(f.flag()).isEqualTo(FindingFlag.RESTRICTED);
        assertThat(f.note()).contains("Below 12.5 cm");
        assertThat(strict.kneeToWallRestrictedBelowCm().source()).contains("set by this installation's configuration");
    }

    @Test
    void overridesRejectAnUnknownNameAndACutOffOrderTheyWouldBreak() {
        assertThatThrownBy(() -> SelfTestThresholds.defaults().overriddenBy(Map.of("kneeToWal", 9.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kneeToWal");
        assertThatThrownBy(() -> SelfTestThresholds.defaults().overriddenBy(Map.of("restingBreathsSeeDoctorAtLeastPerMin", 18.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restingBreathsSeeDoctorAtLeastPerMin");
    }

    @Test
    void everyDefaultThresholdNamesItsSource() {
        SelfTestThresholds d = SelfTestThresholds.defaults();
        assertThat(List.of(d.kneeToWallRestrictedBelowCm(), d.kneeToWallAsymmetryAboveCm(), d.restingBreathsElevatedAbovePerMin(),
                d.singleLegStanceReducedBelowSec(), d.toeTouchRestrictedAboveCm()))
                .allSatisfy(t -> assertThat(t.source()).isNotBlank());
        assertThat(d.singleLegStanceReducedBelowSec().source()).containsIgnoringCase("heuristic");
        assertThat(d.breathHoldPoorBelowSec().source()).contains("non-peer-reviewed");
    }

    @Test
    void thresholdsRejectAMissingCutOffNamingIt() {
        SelfTestThreshold[] none = new SelfTestThreshold[SelfTestThresholds.names().size()];
        assertThatThrownBy(() -> SelfTestThresholds.class.getDeclaredConstructors()[0].newInstance((Object[]) none))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("kneeToWallRestrictedBelowCm");
        assertThatThrownBy(() -> new SelfTestThreshold(Double.NaN, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SelfTestThreshold(1, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneFindingPerMeasuredSideInAFixedOrder() {
        List<Finding> findings = evaluate(Map.of("breathHoldSec", 45, "kneeToWallCmRight", 12, "kneeToWallCmLeft", 12));
        assertThat(findings).extracting(Finding::test, Finding::side).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SelfTestKind.KNEE_TO_WALL, FindingSide.LEFT),
                org.assertj.core.groups.Tuple.tuple(SelfTestKind.KNEE_TO_WALL, FindingSide.RIGHT),
                org.assertj.core.groups.Tuple.tuple(SelfTestKind.BREATH_HOLD, null));
    }

    @Test
    void findingRejectsSeverityThatDisagreesWithItsFlag() {
        assertThatThrownBy(() -> new Finding(SelfTestKind.TOE_TOUCH, null, "3 cm", FindingFlag.NORMAL, 10, "note"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("severity");
        assertThatThrownBy(() -> new Finding(SelfTestKind.TOE_TOUCH, null, "30 cm", FindingFlag.RESTRICTED, 0, "note"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("severity");
    }

    private List<Finding> evaluate(Map<String, ?> raw) {
        return evaluator.evaluate(values(raw));
    }

    private Finding single(Map<String, ?> raw) {
        List<Finding> findings = evaluate(raw);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static SelfTestValues values(Map<String, ?> raw) {
        return SelfTestValues.fromMap(raw, TODAY);
    }
}
