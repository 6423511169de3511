package org.backroot.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.assessment.domain.Guide;
import org.backroot.assessment.domain.GuideCatalog;
import org.junit.jupiter.api.Test;

class FirstSelfTestsTest {

    private final Map<String, Integer> minutes = minutes();

    private static Map<String, Integer> minutes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Guide g : GuideCatalog.load().all()) m.put(g.key(), g.minutes());
        return m;
    }

    @Test
    void everyCombinationOfLevelsGivesOneToThreeShippedTestsWithinTheTimeBudget() {
        FactorLevel[] levels = FactorLevel.values();
        for (FactorLevel movement : levels) {
            for (FactorLevel posture : levels) {
                for (FactorLevel breathing : levels) {
                    Map<Factor, FactorLevel> given = new EnumMap<>(Factor.class);
                    given.put(Factor.MOVEMENT, movement);
                    given.put(Factor.POSTURE, posture);
                    given.put(Factor.BREATHING, breathing);
                    List<String> chosen = FirstSelfTests.choose(given, minutes);
                    assertThat(chosen).as("%s", given).hasSizeBetween(1, FirstSelfTests.MAX_TESTS).doesNotHaveDuplicates();
                    assertThat(chosen.stream().mapToInt(minutes::get).sum()).as("%s", given).isLessThanOrEqualTo(FirstSelfTests.MAX_MINUTES);
                }
            }
        }
    }

    @Test
    void theHeavierFactorGoesFirstAndLowFactorsAreNotTested() {
        List<String> chosen = FirstSelfTests.choose(Map.of(Factor.BREATHING, FactorLevel.HIGH, Factor.MOVEMENT, FactorLevel.MODERATE,
                Factor.POSTURE, FactorLevel.LOW), minutes);
        assertThat(chosen.get(0)).isEqualTo("breathing-pattern");
        assertThat(chosen).contains("knee-to-wall").doesNotContain("occiput-to-wall");
    }

    @Test
    void withNothingPointedToOneQuickMovementTestGivesThePlanAStart() {
        assertThat(FirstSelfTests.choose(Map.of(), minutes)).containsExactly("knee-to-wall", "hip-hinge");
    }

    @Test
    void everyCandidateIsAShippedSelfTest() {
        FirstSelfTests.CANDIDATES.values().forEach(keys -> assertThat(minutes).containsKeys(keys.toArray(String[]::new)));
    }
}
