package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RiskWordsTest {

    private static Trigger raising(TriggerDriver driver) {
        return new Trigger(driver, 1, TriggerDirection.HIGHER, 1.5, 0.5, 2.5, 0.01, "sentence");
    }

    @ParameterizedTest
    @EnumSource(value = TriggerDriver.class, names = {"ACTIVE_MINUTES", "STEPS"})
    void activityAndStepTriggersBecomePacingAdviceNeverDoLess(TriggerDriver driver) {
        String advice = RiskWords.triggerAdvice(raising(driver));

        assertThat(advice).contains("pace your activity", "not to drop it", "build up");
        assertThat(advice.toLowerCase()).doesNotContain("less", "avoid", "going easy", "fewer", "cut down", "rest");
    }

    @Test
    void everyTriggerGetsAdviceThatNamesWhatWasSeen() {
        for (TriggerDriver driver : TriggerDriver.values()) {
            assertThat(RiskWords.triggerAdvice(raising(driver))).contains(driver.exposurePhrase());
        }
    }
}
