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
        assertThat(single(Map.of("kneeToWallCmLeft", 8, "kneeToWallCmRight", 9)).side()).isEqualTo(FindingSide.BOTH);
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
    void hipGathersRotationThomasAndSingleLegStance() {
        SourceRegion hip = single(Map.of("hipInternalRotationDegLeft", 25, "thomasTestRight", "positive", "singleLegStanceSecLeft", 12));

        assertThat(hip.findings()).extracting(Finding::test)
                .containsExactlyInAnyOrder(SelfTestKind.HIP_INTERNAL_ROTATION, SelfTestKind.THOMAS, SelfTestKind.SINGLE_LEG_STANCE);
        assertThat(hip.side()).isEqualTo(FindingSide.BOTH);
        assertThat(hip.compensation()).contains("turning", "arch", "sideways");
    }

    @Test
    void coreGathersLegRaiseHipHingeAndToeTouchWithoutASide() {
        SourceRegion core = single(Map.of("hipHinge", "fail", "toeTouchCm", 25));

        assertThat(core.region()).isEqualTo(BodyRegion.CORE);
        assertThat(core.side()).isNull();
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
                "kneeToWallCmLeft", 9.5,
                "shoulderFlexionWallLeft", "fail",
                "thoracicRotationDegRight", 10))).sources();

        assertThat(sources).extracting(SourceRegion::region)
                .containsExactly(BodyRegion.THORACIC, BodyRegion.SHOULDER, BodyRegion.ANKLE);
    }

    @Test
    void severityAddsHalfOfTheSecondFinding() {
        // Left ankle 5 cm: restricted 70; gap 7 cm vs right 12: asymmetric 100. 100 + 35 capped at 100.
        assertThat(single(Map.of("kneeToWallCmLeft", 5, "kneeToWallCmRight", 12)).severity()).isEqualTo(100);
        // Restricted 9 cm (46) only.
        assertThat(single(Map.of("kneeToWallCmLeft", 9)).severity()).isEqualTo(46);
    }

    private static SourceRegion single(Map<String, ?> raw) {
        List<SourceRegion> sources = compute(Map.of(), tests(raw)).sources();
        assertThat(sources).hasSize(1);
        return sources.get(0);
    }
}
