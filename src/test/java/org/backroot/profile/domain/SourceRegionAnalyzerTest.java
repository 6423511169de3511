package org.backroot.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.profile.domain.ProfileCalculatorTest.compute;
import static org.backroot.profile.domain.ProfileCalculatorTest.tests;

import java.util.List;
import java.util.Map;
import org.backroot.assessment.domain.Finding;
import org.backroot.assessment.domain.FindingSide;
import org.backroot.assessment.domain.SelfTestKind;
import org.junit.jupiter.api.Test;

class SourceRegionAnalyzerTest {

    @Test
    void namesLeftAnkleWhenOnlyLeftIsRestricted() {
        SourceRegion ankle = single(Map.of("kneeToWallCmLeft", 8, "kneeToWallCmRight", 12));

        assertThat(ankle.region()).isEqualTo(BodyRegion.ANKLE);
        assertThat(ankle.side()).isEqualTo(FindingSide.LEFT);
        assertThat(ankle.compensation()).contains("may").contains("stairs");
    }

    @Test
    void namesBothSidesWhenBothAreRestricted() {
        assertThat(single(Map.of("kneeToWallCmLeft", 7, "kneeToWallCmRight", 8)).side()).isEqualTo(FindingSide.BOTH);
    }

    @Test
    void asymmetryAloneNamesTheLowerSide() {
        SourceRegion hip = single(Map.of("hipInternalRotationDegLeft", 50, "hipInternalRotationDegRight", 36));

        assertThat(hip.region()).isEqualTo(BodyRegion.HIP);
        assertThat(hip.side()).isEqualTo(FindingSide.RIGHT);
        assertThat(hip.findings()).extracting(Finding::test).containsExactly(SelfTestKind.HIP_INTERNAL_ROTATION);
    }

    @Test
    void asymmetryWithinMeasurementErrorPlacesNoRegion() {
        assertThat(compute(Map.of(), tests(Map.of("kneeToWallCmLeft", 11, "kneeToWallCmRight", 12))).sources()).isEmpty();
    }

    @Test
    void thoracicFortyFourBothWaysIsNoLongerASource() {
        // It used to be a source at severity 62; 44° is close to the 45° norm.
        assertThat(compute(Map.of(), tests(Map.of("thoracicRotationDegLeft", 44, "thoracicRotationDegRight", 44))).sources()).isEmpty();
    }

    @Test
    void borderlineResultsAreShownAsSuchAndNeverPlaceARegion() {
        Profile profile = compute(Map.of(), tests(Map.of("thoracicRotationDegLeft", 31, "thoracicRotationDegRight", 30,
                "kneeToWallCmLeft", 9.5, "hipInternalRotationDegRight", 27, "craniovertebralAngleDeg", 47)));

        assertThat(profile.sources()).isEmpty();
        assertThat(profile.borderline()).hasSize(5).allSatisfy(f -> assertThat(f.note()).contains("borderline"));
        assertThat(profile.factor(Factor.MOVEMENT).load()).isZero();
    }

    @Test
    void balanceUnderFiveSecondsIsAskedToBeCheckedAndIsNotAHipSource() {
        Profile profile = compute(Map.of(), tests(Map.of("singleLegStanceSecLeft", 3, "singleLegStanceSecRight", 4)));

        assertThat(profile.sources()).isEmpty();
        assertThat(profile.checkWithClinician()).hasSize(2).allSatisfy(f -> assertThat(f.note()).contains("check your balance"));
        assertThat(profile.factor(Factor.MOVEMENT).load()).isZero();
    }

    @Test
    void toeTouchIsNotTrunkControl() {
        Profile profile = compute(Map.of(), tests(Map.of("toeTouchCm", 25)));

        assertThat(profile.sources()).isEmpty();
        assertThat(profile.factor(Factor.MOVEMENT).load()).isPositive();
    }

    @Test
    void hipGathersRotationThomasAndSingleLegStance() {
        SourceRegion hip = single(Map.of("hipInternalRotationDegLeft", 22, "thomasTestRight", "positive", "singleLegStanceSecLeft", 12));

        assertThat(hip.findings()).extracting(Finding::test)
                .containsExactlyInAnyOrder(SelfTestKind.HIP_INTERNAL_ROTATION, SelfTestKind.THOMAS, SelfTestKind.SINGLE_LEG_STANCE);
        assertThat(hip.side()).isEqualTo(FindingSide.BOTH);
        assertThat(hip.compensation()).contains("turning", "arch", "sideways");
    }

    @Test
    void coreGathersHipHingeWithoutASide() {
        SourceRegion core = single(Map.of("hipHinge", "fail", "toeTouchCm", 25));

        assertThat(core.region()).isEqualTo(BodyRegion.CORE);
        assertThat(core.side()).isNull();
        assertThat(core.findings()).extracting(Finding::test).containsExactly(SelfTestKind.HIP_HINGE);
    }

    @Test
    void headToWallGapIsOnlyAHintForTheUpperBack() {
        SourceRegion thoracic = single(Map.of("occiputToWallCm", 10));

        assertThat(thoracic.region()).isEqualTo(BodyRegion.THORACIC);
        assertThat(thoracic.severity()).isEqualTo(50);
    }

    @Test
    void postureAndBreathingTestsPlaceNoRegion() {
        assertThat(compute(Map.of(), tests(Map.of("craniovertebralAngleDeg", 30, "breathHoldSec", 5))).sources()).isEmpty();
    }

    @Test
    void sortsMostSevereFirst() {
        List<SourceRegion> sources = compute(Map.of(), tests(Map.of(
                "kneeToWallCmLeft", 8.5,
                "shoulderFlexionWallLeft", "fail",
                "thoracicRotationDegRight", 10))).sources();

        assertThat(sources).extracting(SourceRegion::region)
                .containsExactly(BodyRegion.THORACIC, BodyRegion.SHOULDER, BodyRegion.ANKLE);
    }

    @Test
    void severityAddsHalfOfTheSecondFinding() {
        // Left ankle 5 cm: restricted 50 (5 of 10 cm); gap 7 cm vs right 12: asymmetric 100 (full at 3 cm past 1.5). 100 + 25 capped.
        assertThat(single(Map.of("kneeToWallCmLeft", 5, "kneeToWallCmRight", 12)).severity()).isEqualTo(100);
        // Left 6 cm (40) and right 8 cm (20): 40 + 10.
        assertThat(single(Map.of("kneeToWallCmLeft", 6, "kneeToWallCmRight", 8)).severity()).isEqualTo(50);
        // Restricted 8 cm (20) only: severity starts from 0 at the cut-off.
        assertThat(single(Map.of("kneeToWallCmLeft", 8)).severity()).isEqualTo(20);
    }

    private static SourceRegion single(Map<String, ?> raw) {
        List<SourceRegion> sources = compute(Map.of(), tests(raw)).sources();
        assertThat(sources).hasSize(1);
        return sources.get(0);
    }
}
