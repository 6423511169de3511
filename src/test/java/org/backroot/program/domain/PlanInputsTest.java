package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backroot.program.domain.ActivityTargets.Region;
import org.junit.jupiter.api.Test;

class PlanInputsTest {

    @Test
    void rejectsMinutesPerDayOutsideFiveToSixty() {
        assertThatThrownBy(() -> new Preferences(4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minutesPerDay must be between 5 and 60, was 4");
        assertThatThrownBy(() -> new Preferences(61, 3)).hasMessageStartingWith("minutesPerDay must be between 5 and 60");
        assertThat(new Preferences(5, 1).minutesPerDay()).isEqualTo(5);
    }

    @Test
    void rejectsDaysPerWeekOutsideOneToSeven() {
        assertThatThrownBy(() -> new Preferences(20, 0)).hasMessage("daysPerWeek must be between 1 and 7, was 0");
        assertThatThrownBy(() -> new Preferences(20, 8)).hasMessageStartingWith("daysPerWeek must be between 1 and 7");
    }

    @Test
    void phasesHaveLowercaseCodesAndLevelBands() {
        assertThat(Phase.parse("strengthen")).isEqualTo(Phase.STRENGTHEN);
        assertThat(Phase.MAINTAIN.code()).isEqualTo("maintain");
        assertThat(Phase.BUILD.minLevel()).isEqualTo(1);
        assertThat(Phase.BUILD.maxLevel()).isEqualTo(2);
        assertThat(Phase.MAINTAIN.maxLevel()).isEqualTo(4);
        assertThat(Phase.BUILD.next()).isEqualTo(Phase.STRENGTHEN);
        assertThat(Phase.STRENGTHEN.next()).isEqualTo(Phase.MAINTAIN);
        assertThatThrownBy(() -> Phase.parse("flare")).hasMessageStartingWith("phase must be one of calm, build, strengthen, maintain");
    }

    @Test
    void profileKeepsUnknownLoadsAsNullAndSortsSourcesBySeverity() {
        Map<String, Integer> loads = new HashMap<>();
        loads.put("stress", 72);
        loads.put("fear", null);
        PlanProfile p = new PlanProfile(loads, List.of(PlanSource.of("hip", "right", 40), PlanSource.of("ankle", "left", 62)));
        assertThat(p.load(ActivityTargets.Factor.STRESS)).isEqualTo(72);
        assertThat(p.load(ActivityTargets.Factor.FEAR)).isNull();
        assertThat(p.load(ActivityTargets.Factor.POSTURE)).isNull();
        assertThat(p.sources()).extracting(PlanSource::region).containsExactly(Region.ANKLE, Region.HIP);
    }

    @Test
    void rejectsUnknownFactorsLoadsOutOfRangeAndBadSources() {
        assertThatThrownBy(() -> new PlanProfile(Map.of("mood", 3), List.of())).hasMessageStartingWith("factorLoads key must be one of");
        assertThatThrownBy(() -> new PlanProfile(Map.of("stress", 101), List.of())).hasMessageStartingWith("factorLoads.stress must be between 0 and 100");
        assertThatThrownBy(() -> PlanSource.of("knee", "left", 3)).hasMessageStartingWith("region must be one of");
        assertThatThrownBy(() -> PlanSource.of("hip", "up", 3)).hasMessageStartingWith("side must be left, right, both or null");
        assertThatThrownBy(() -> PlanSource.of("hip", null, 101)).hasMessageStartingWith("severity must be between 0 and 100");
    }

    @Test
    void historyAddsBandShiftsAndRejectsShiftsBeyondThree() {
        PlanHistory h = new PlanHistory(Map.of("all", -1, "movement", 1, "movement:ankle", -1), Set.of("walk-5"));
        assertThat(h.bandShift("movement", "ankle")).isEqualTo(-1);
        assertThat(h.bandShift("movement", "hip")).isZero();
        assertThat(h.bandShift("stress", null)).isEqualTo(-1);
        assertThat(h.withShift("all", -5).shift("all")).isEqualTo(-3);
        assertThatThrownBy(() -> new PlanHistory(Map.of("all", 4), Set.of())).hasMessageStartingWith("levelShifts.all must be between -3 and 3");
        assertThatThrownBy(() -> new PlanHistory(Map.of("Bad Key", 1), Set.of())).hasMessageStartingWith("levelShifts key must be");
    }

    @Test
    void weeklyPlanRejectsADayOverTheBudget() {
        LocalDate start = LocalDate.of(2026, 5, 4);
        PlanItem long1 = new PlanItem("a", Component.STRESS, PlanItemKind.ACTIVITY, "A", 30, "30 minutes", "Because.", null);
        List<PlanDay> days = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) days.add(new PlanDay(start.plusDays(i), false, i == 0 ? List.of(long1) : List.of()));
        assertThatThrownBy(() -> new WeeklyPlan(Phase.BUILD, start, 20, days)).hasMessageContaining("more than minutesPerDay 20");
    }

    @Test
    void planItemRequiresAReason() {
        assertThatThrownBy(() -> new PlanItem("a", Component.STRESS, PlanItemKind.ACTIVITY, "A", 3, "dose", " ", null))
                .hasMessage("reason must not be blank");
    }
}
