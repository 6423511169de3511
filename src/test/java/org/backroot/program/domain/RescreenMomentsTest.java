package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RescreenMomentsTest {

    static final LocalDate D = LocalDate.of(2026, 5, 1);

    @Test
    void aCalmPhaseThatReachedFourteenDaysAfterTheScreenCallsForANewScreen() {
        List<PhaseChange> changes = List.of(new PhaseChange(Phase.BUILD, Phase.CALM, "flare", D),
                new PhaseChange(Phase.CALM, Phase.BUILD, "time", D.plusDays(14)));

        assertThat(RescreenMoments.longCalm(changes, D.minusDays(30), D.plusDays(20), 14)).contains(D);
        assertThat(RescreenMoments.longCalm(changes, D.plusDays(15), D.plusDays(20), 14)).isEmpty();
    }

    @Test
    void aShortCalmPhaseOrOneStillUnderFourteenDaysDoesNot() {
        List<PhaseChange> settled = List.of(new PhaseChange(Phase.BUILD, Phase.CALM, "flare", D),
                new PhaseChange(Phase.CALM, Phase.BUILD, "settled", D.plusDays(4)));
        List<PhaseChange> ongoing = List.of(new PhaseChange(Phase.BUILD, Phase.CALM, "flare", D));

        assertThat(RescreenMoments.longCalm(settled, D.minusDays(30), D.plusDays(20), 14)).isEmpty();
        assertThat(RescreenMoments.longCalm(ongoing, D.minusDays(30), D.plusDays(13), 14)).isEmpty();
        assertThat(RescreenMoments.longCalm(ongoing, D.minusDays(30), D.plusDays(14), 14)).contains(D);
    }

    @Test
    void theFirstPlanWithALevelFourActivityAfterTheScreenCallsForANewScreen() {
        Map<LocalDate, Integer> plans = Map.of(D, 2, D.plusDays(7), 3, D.plusDays(14), 4, D.plusDays(21), 4);

        assertThat(RescreenMoments.levelFour(plans, 4, D.plusDays(1), D.plusDays(22))).contains(D.plusDays(14));
        assertThat(RescreenMoments.levelFour(plans, 4, D.plusDays(14), D.plusDays(22))).isEmpty();
    }

    @Test
    void aNextPlanWhoseBandReachesLevelFourCallsForItBeforeItIsMade() {
        Map<LocalDate, Integer> plans = Map.of(D, 2, D.plusDays(7), 3);

        assertThat(RescreenMoments.levelFour(plans, 4, D, D.plusDays(10))).contains(D.plusDays(10));
        assertThat(RescreenMoments.levelFour(plans, 3, D, D.plusDays(10))).isEmpty();
    }
}
