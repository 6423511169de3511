package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PhaseChangeTest {

    @Test
    void theCauseDescribesTheDaysAroundTheChangeAndIsShownForAWeek() {
        PhaseChange change = new PhaseChange(Phase.CALM, Phase.BUILD,
                "Your pain has been near your usual level (about 4.4/10) for 2 days in a row, so your plan goes back to build.",
                LocalDate.of(2026, 9, 26));

        assertThat(change.causeCurrentOn(LocalDate.of(2026, 9, 26))).isTrue();
        assertThat(change.causeCurrentOn(LocalDate.of(2026, 10, 3))).isTrue();
        assertThat(change.causeCurrentOn(LocalDate.of(2026, 10, 4))).isFalse();
        assertThat(change.causeCurrentOn(LocalDate.of(2026, 12, 3))).isFalse();
    }
}
