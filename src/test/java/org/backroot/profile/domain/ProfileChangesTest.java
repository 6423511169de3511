package org.backroot.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.backroot.assessment.domain.SelfTestThresholds;
import org.junit.jupiter.api.Test;

class ProfileChangesTest {

    private static Profile profile(Map<String, FactorCheck> checks) {
        return ProfileCalculator.compute(checks, null, SelfTestThresholds.defaults(), Instant.parse("2026-03-14T10:00:00Z"));
    }

    @Test
    void theFullCheckReplacingAFirstLookIsAChangeEvenAtTheSameLoad() {
        Profile before = profile(Map.of("stress", new FactorCheck("stress", 50, List.of(), true)));
        Profile after = profile(Map.of("stress", new FactorCheck("stress", 50, List.of())));
        ProfileChanges.Changes changes = ProfileChanges.between(before, after);
        assertThat(changes.factors()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("stress");
            assertThat(c.sharpened()).isTrue();
        });
    }

    @Test
    void aNewlyMeasuredFactorShowsWithoutABeforeAndNothingElseChanges() {
        Profile before = profile(Map.of("stress", new FactorCheck("stress", 50, List.of())));
        Profile after = profile(Map.of("stress", new FactorCheck("stress", 50, List.of()), "fear", new FactorCheck("fear", 80, List.of())));
        ProfileChanges.Changes changes = ProfileChanges.between(before, after);
        assertThat(changes.factors()).singleElement().satisfies(c -> {
            assertThat(c.before()).isNull();
            assertThat(c.after()).isEqualTo(80);
            assertThat(c.levelAfter()).isEqualTo(FactorLevel.HIGH);
        });
        assertThat(ProfileChanges.between(after, after).none()).isTrue();
    }
}
