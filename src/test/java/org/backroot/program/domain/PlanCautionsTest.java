package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backroot.account.domain.AboutYou;
import org.backroot.account.domain.AboutYou.Pregnancy;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PlanCautionsTest {

    static final ActivityLibrary LIBRARY = PlanTestLibraries.shipped();

    @Test
    void pregnancyLeavesOutLyingOnTheBackAndBreathHoldsARecentBirthOnlyBreathHolds() {
        assertThat(PlanCautions.of(about(Pregnancy.PREGNANT))).isEqualTo(new PlanCautions(true, true));
        assertThat(PlanCautions.of(about(Pregnancy.RECENTLY_GAVE_BIRTH))).isEqualTo(new PlanCautions(false, true));
        assertThat(PlanCautions.of(about(Pregnancy.NO))).isEqualTo(PlanCautions.NONE);
        assertThat(PlanCautions.of(AboutYou.UNANSWERED)).isEqualTo(PlanCautions.NONE);
        assertThat(PlanCautions.NONE.reasons()).isEmpty();
        assertThat(PlanCautions.of(about(Pregnancy.PREGNANT)).reasons()).first().asString()
                .contains("pregnant").contains("lying flat on your back").contains("dizzy");
    }

    @Test
    void aCoreSourceStillGetsMovementWhenPregnantButNothingOnTheBack() {
        PlanProfile core = new PlanProfile(Map.of("movement", 70, "breathing", 60, "stress", 50),
                List.of(PlanSource.of("core", null, 80), PlanSource.of("hip", "left", 60)));
        WeeklyPlan usual = PlanGenerator.generate(core, new Preferences(30, 5), Phase.BUILD, PlanHistory.empty(), List.of(), LIBRARY,
                LocalDate.of(2026, 12, 3), 7L);
        assertThat(usual.activityIds()).anyMatch(id -> LIBRARY.require(id).lyingOnBack()); // the case is not empty

        PlanProfile pregnant = new PlanProfile(core.factorLoads(), core.sources(), PlanCautions.of(about(Pregnancy.PREGNANT)));
        WeeklyPlan plan = PlanGenerator.generate(pregnant, new Preferences(30, 5), Phase.BUILD, PlanHistory.empty(), List.of(), LIBRARY,
                LocalDate.of(2026, 12, 3), 7L);
        assertThat(plan.activityIds()).noneMatch(id -> LIBRARY.require(id).lyingOnBack());
        assertThat(plan.practiceItems()).anyMatch(i -> i.component() == Component.MOVEMENT && i.activityId() != null
                && !i.activityId().startsWith("walk"));
    }

    @Property(tries = 300)
    void whenPregnantNoPlanHoldsAnActivityDoneLyingOnTheBack(@ForAll("inputs") PlanGeneratorProperties.Input in) {
        PlanProfile pregnant = new PlanProfile(in.profile().factorLoads(), in.profile().sources(), PlanCautions.of(about(Pregnancy.PREGNANT)));
        WeeklyPlan plan = PlanGenerator.generate(pregnant, in.preferences(), in.phase(), in.history(), in.ladder(), LIBRARY, in.startsOn());
        assertThat(plan.activityIds()).noneMatch(id -> LIBRARY.require(id).lyingOnBack());
        assertThat(plan.days()).allSatisfy(d -> assertThat(d.totalMinutes()).isLessThanOrEqualTo(in.preferences().minutesPerDay()));
    }

    @Property(tries = 200)
    void withoutCautionsThePlanIsTheSameAsBefore(@ForAll("inputs") PlanGeneratorProperties.Input in) {
        PlanProfile none = new PlanProfile(in.profile().factorLoads(), in.profile().sources(), PlanCautions.NONE);
        assertThat(PlanGenerator.generate(none, in.preferences(), in.phase(), in.history(), in.ladder(), LIBRARY, in.startsOn()))
                .isEqualTo(in.plan());
    }

    private static AboutYou about(Pregnancy pregnancy) {
        return new AboutYou(1990, AboutYou.Sex.FEMALE, pregnancy, null, null);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<PlanGeneratorProperties.Input> inputs() {
        return new PlanGeneratorProperties().inputs();
    }

}
