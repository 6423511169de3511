package org.backroot.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backroot.assessment.domain.Finding;
import org.backroot.assessment.domain.FindingFlag;
import org.backroot.assessment.domain.FindingSide;
import org.backroot.assessment.domain.SelfTestKind;
import org.junit.jupiter.api.Test;

class LumbarCompensationTest {

    @Test
    void everyTestWithPlainWordsHasAClinicianSentenceToo() {
        for (SelfTestKind kind : SelfTestKind.values()) {
            boolean plain = has(() -> LumbarCompensation.of(kind));
            assertThat(has(() -> LumbarCompensation.clinical(kind))).as(kind.code()).isEqualTo(plain);
        }
    }

    @Test
    void aRegionGivesOneClinicalSentencePerKindOfTestInTestOrder() {
        Finding left = new Finding(SelfTestKind.KNEE_TO_WALL, FindingSide.LEFT, "5 cm", FindingFlag.RESTRICTED, 60, "note");
        Finding gap = new Finding(SelfTestKind.KNEE_TO_WALL, FindingSide.LEFT, "7 cm", FindingFlag.ASYMMETRIC, 40, "note");
        SourceRegion ankle = new SourceRegion(BodyRegion.ANKLE, FindingSide.LEFT, 60, List.of(left, gap), "plain words");
        assertThat(ankle.clinicalCompensation()).isEqualTo(LumbarCompensation.clinical(SelfTestKind.KNEE_TO_WALL))
                .startsWith("Limited ankle dorsiflexion").doesNotContain("your");
    }

    private static boolean has(Runnable words) {
        try {
            words.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
