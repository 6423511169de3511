package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.backroot.account.domain.AboutYou;
import org.backroot.account.domain.AboutYou.Pregnancy;
import org.junit.jupiter.api.Test;

class SelfTestCautionsTest {

    private static AboutYou about(Pregnancy pregnancy) {
        return new AboutYou(null, null, pregnancy, null, null);
    }

    @Test
    void pregnancyLeavesOutTheBreathPauseAndTheTestsLyingOnTheBack() {
        assertThat(SelfTestCautions.leftOut(about(Pregnancy.PREGNANT))).containsOnlyKeys("breath-hold", "aslr", "thomas");
        assertThat(SelfTestCautions.leftOut(about(Pregnancy.PREGNANT)).get("aslr")).contains("lying flat on your back");
    }

    @Test
    void afterABirthOnlyTheBreathPauseIsLeftOutAndWithoutAnAnswerNothingIs() {
        assertThat(SelfTestCautions.leftOut(about(Pregnancy.RECENTLY_GAVE_BIRTH))).containsOnlyKeys("breath-hold");
        assertThat(SelfTestCautions.leftOut(about(Pregnancy.NO))).isEmpty();
        assertThat(SelfTestCautions.leftOut(AboutYou.UNANSWERED)).isEmpty();
    }

    @Test
    void everyKeyNamesAShippedGuide() {
        GuideCatalog catalog = GuideCatalog.load();
        assertThat(SelfTestCautions.leftOut(about(Pregnancy.PREGNANT)).keySet()).allSatisfy(k -> assertThat(catalog.get(k)).isPresent());
    }
}
