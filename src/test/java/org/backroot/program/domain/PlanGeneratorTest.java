package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backroot.program.domain.ActivityTargets.Region;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);
    static final ActivityLibrary LIBRARY = PlanTestLibraries.shipped();

    static PlanProfile typical() {
        Map<String, Integer> loads = new HashMap<>();
        loads.put("movement", 60);
        loads.put("stress", 72);
        loads.put("posture", 40);
        loads.put("inflammation", null);
        loads.put("fear", 70);
        loads.put("breathing", 30);
        return new PlanProfile(loads, List.of(PlanSource.of("ankle", "left", 62), PlanSource.of("thoracic", "right", 45),
                PlanSource.of("core", null, 30)));
    }

    static final List<FearLadderItem> LADDER = List.of(
            FearLadderItem.of("f1", "lifting a bag of shopping", 60),
            FearLadderItem.of("f2", "bending to tie my shoes", 40),
            FearLadderItem.of("f3", "running for the bus", 85));

    static WeeklyPlan plan(Phase phase, int minutes, int days) {
        return PlanGenerator.generate(typical(), new Preferences(minutes, days), phase, PlanHistory.empty(), LADDER, LIBRARY, MONDAY);
    }

    static List<PlanItem> items(WeeklyPlan p) {
        return p.days().stream().flatMap(d -> d.items().stream()).toList();
    }

    @Test
    void sameInputGivesTheSamePlan() {
        assertThat(plan(Phase.BUILD, 20, 5)).isEqualTo(plan(Phase.BUILD, 20, 5));
        assertThat(plan(Phase.CALM, 30, 7)).isEqualTo(plan(Phase.CALM, 30, 7));
    }

    @Test
    void coversSevenConsecutiveDaysFromAnyStartDate() {
        LocalDate thursday = LocalDate.of(2026, 5, 7);
        WeeklyPlan p = PlanGenerator.generate(typical(), new Preferences(20, 3), Phase.BUILD, null, List.of(), LIBRARY, thursday);
        assertThat(p.days()).extracting(PlanDay::date).containsExactly(thursday, thursday.plusDays(1), thursday.plusDays(2),
                thursday.plusDays(3), thursday.plusDays(4), thursday.plusDays(5), thursday.plusDays(6));
    }

    @Test
    void practiceDaysMatchDaysPerWeekAndRestDaysHoldAtMostAShortWalk() {
        for (int days = 1; days <= 7; days++) {
            WeeklyPlan p = plan(Phase.BUILD, 25, days);
            assertThat(p.practiceDays()).hasSize(days);
            assertThat(p.days().get(0).restDay()).isFalse();
            p.days().stream().filter(PlanDay::restDay).forEach(d -> {
                assertThat(d.items()).hasSizeLessThanOrEqualTo(1);
                assertThat(d.items()).allSatisfy(i -> {
                    assertThat(i.kind()).isEqualTo(PlanItemKind.WALK);
                    assertThat(i.minutes()).isLessThanOrEqualTo(5);
                });
            });
        }
    }

    @Test
    void maintainKeepsTwoToThreeSessionsWhateverThePreference() {
        assertThat(plan(Phase.MAINTAIN, 30, 1).practiceDays()).hasSize(2);
        assertThat(plan(Phase.MAINTAIN, 30, 3).practiceDays()).hasSize(3);
        assertThat(plan(Phase.MAINTAIN, 30, 7).practiceDays()).hasSize(3);
    }

    @Test
    void calmUsesOnlyFlareSafeActivitiesWithHalfTheMinutesBreathingGentleMovementAndReassurance() {
        WeeklyPlan p = plan(Phase.CALM, 30, 5);
        assertThat(p.minutesPerDay()).isEqualTo(15);
        assertThat(p.days()).allSatisfy(d -> assertThat(d.totalMinutes()).isLessThanOrEqualTo(15));
        for (PlanItem i : items(p)) {
            if (i.activityId() != null) assertThat(LIBRARY.require(i.activityId()).flareSafe()).as(i.activityId()).isTrue();
        }
        for (PlanDay d : p.practiceDays()) {
            assertThat(d.items()).extracting(PlanItem::kind).contains(PlanItemKind.REASSURANCE);
            assertThat(d.items()).extracting(PlanItem::component).contains(Component.BREATHING, Component.MOVEMENT);
        }
        assertThat(items(p)).noneMatch(i -> i.kind() == PlanItemKind.EXPOSURE);
    }

    @Test
    void calmOnTheShortestBudgetStillRotatesBreathingMovementAndAWalkThroughTheWeek() {
        WeeklyPlan p = plan(Phase.CALM, 5, 7);
        assertThat(p.minutesPerDay()).isEqualTo(5);
        assertThat(items(p)).extracting(PlanItem::component).contains(Component.BREATHING, Component.MOVEMENT);
        assertThat(items(p)).anyMatch(i -> i.kind() == PlanItemKind.WALK);
    }

    @Test
    void everyPlanHasAWalkingGoalOnPracticeDays() {
        for (Phase phase : Phase.values()) {
            WeeklyPlan p = plan(phase, 30, 4);
            assertThat(p.practiceDays()).as(phase.code())
                    .allSatisfy(d -> assertThat(d.items()).anyMatch(i -> i.kind() == PlanItemKind.WALK));
        }
    }

    @Test
    void movementItemsTargetTheMostSevereSourceFirstAndNameItsSideAsALikelyContributor() {
        WeeklyPlan p = plan(Phase.BUILD, 30, 5);
        PlanItem firstMovement = p.days().get(0).items().stream()
                .filter(i -> i.component() == Component.MOVEMENT && i.kind() == PlanItemKind.ACTIVITY).findFirst().orElseThrow();
        assertThat(LIBRARY.require(firstMovement.activityId()).targets().regions()).contains(Region.ANKLE);
        assertThat(firstMovement.reason()).isEqualTo("Your left ankle bends less than your right, so squats and stairs"
                + " may borrow movement from your low back. This drill works on that ankle's bend, which may ease some of the extra work"
                + " your low back picks up. Links like this are an association and a likely contributor, not a proven cause.");
        for (Region r : List.of(Region.ANKLE, Region.THORACIC, Region.CORE)) {
            assertThat(items(p)).as(r.id()).anyMatch(i -> i.component() == Component.MOVEMENT && i.activityId() != null
                    && LIBRARY.require(i.activityId()).targets().regions().contains(r) && i.reason().contains("likely contributor")
                    && !i.reason().contains("/100)"));
        }
    }

    @Test
    void movementLevelsFollowThePhaseBand() {
        Map<Phase, int[]> bands = Map.of(Phase.BUILD, new int[] {1, 2}, Phase.STRENGTHEN, new int[] {2, 3}, Phase.MAINTAIN, new int[] {2, 4});
        bands.forEach((phase, band) -> {
            for (PlanItem i : items(plan(phase, 40, 5))) {
                if (i.kind() != PlanItemKind.ACTIVITY || i.component() != Component.MOVEMENT) continue;
                assertThat(LIBRARY.require(i.activityId()).level()).as(phase + " " + i.activityId()).isBetween(band[0], band[1]);
            }
        });
    }

    @Test
    void stressReasonNamesTheLoad() {
        assertThat(items(plan(Phase.BUILD, 30, 5))).filteredOn(i -> i.component() == Component.STRESS)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.reason()).startsWith("Your stress load is high (72/100)"));
    }

    @Test
    void exposureSchedulesTheLowestFearStepNotYetMasteredAndNeverInCalm() {
        WeeklyPlan p = plan(Phase.BUILD, 20, 5);
        List<PlanItem> exposures = items(p).stream().filter(i -> i.kind() == PlanItemKind.EXPOSURE).toList();
        assertThat(exposures).hasSize(3).allSatisfy(i -> {
            assertThat(i.fearLadderItemId()).isEqualTo("f2");
            assertThat(i.activityId()).isEqualTo("exp-bend-to-knees");
            assertThat(i.reason()).contains("\"bending to tie my shoes\" 40/100");
        });

        FearLadderItem f2Done = new FearLadderItem("f2", "bending to tie my shoes", 40, 2, 20);
        WeeklyPlan next = PlanGenerator.generate(typical(), new Preferences(20, 5), Phase.BUILD, PlanHistory.empty(),
                List.of(LADDER.get(0), f2Done, LADDER.get(2)), LIBRARY, MONDAY);
        assertThat(items(next)).filteredOn(i -> i.kind() == PlanItemKind.EXPOSURE)
                .allSatisfy(i -> assertThat(i.fearLadderItemId()).isEqualTo("f1"));
    }

    @Test
    void exposureWithoutAMatchingTemplateUsesThePersonsOwnWords() {
        WeeklyPlan p = PlanGenerator.generate(typical(), new Preferences(20, 3), Phase.STRENGTHEN, PlanHistory.empty(),
                List.of(FearLadderItem.of("r", "running for the bus", 50)), LIBRARY, MONDAY);
        PlanItem step = items(p).stream().filter(i -> i.kind() == PlanItemKind.EXPOSURE).findFirst().orElseThrow();
        assertThat(step.activityId()).isNull();
        assertThat(step.title()).isEqualTo("Your next step: running for the bus");
        assertThat(step.dose()).contains("how likely you think it is to harm your back", "whether that happened");
    }

    @Test
    void exposureTemplateStepsUpOneLevelForEachTimeItWentWellWhileFearFell() {
        WeeklyPlan p = PlanGenerator.generate(typical(), new Preferences(30, 3), Phase.BUILD, PlanHistory.empty(),
                List.of(new FearLadderItem("b", "bending to the floor", 50, 1, 45, 1, null)), LIBRARY, MONDAY);
        assertThat(items(p)).filteredOn(i -> i.kind() == PlanItemKind.EXPOSURE)
                .allSatisfy(i -> assertThat(i.activityId()).isEqualTo("exp-bend-to-shins"));
    }

    @Test
    void aStepThatWentWellWithoutFearFallingDoesNotAdvanceTheTemplate() {
        WeeklyPlan p = PlanGenerator.generate(typical(), new Preferences(30, 3), Phase.BUILD, PlanHistory.empty(),
                List.of(new FearLadderItem("b", "bending to the floor", 50, 1, 55, 0, null)), LIBRARY, MONDAY);
        assertThat(items(p)).filteredOn(i -> i.kind() == PlanItemKind.EXPOSURE)
                .allSatisfy(i -> assertThat(i.activityId()).isEqualTo("exp-bend-to-knees"));
    }

    @Test
    void wordsThatPointToTwoThemesGetNoTemplateUntilThePersonPicks() {
        FearLadderItem unsure = FearLadderItem.of("c", "carrying a bag to the car", 50);
        assertThat(unsure.needsTemplateChoice()).isTrue();
        WeeklyPlan p = PlanGenerator.generate(typical(), new Preferences(30, 3), Phase.BUILD, PlanHistory.empty(), List.of(unsure), LIBRARY, MONDAY);
        assertThat(items(p)).filteredOn(i -> i.kind() == PlanItemKind.EXPOSURE).isNotEmpty()
                .allSatisfy(i -> assertThat(i.activityId()).isNull());
        WeeklyPlan picked = PlanGenerator.generate(typical(), new Preferences(30, 3), Phase.BUILD, PlanHistory.empty(),
                List.of(unsure.withTemplate(ExposureTheme.LIFT)), LIBRARY, MONDAY);
        assertThat(items(picked)).filteredOn(i -> i.kind() == PlanItemKind.EXPOSURE)
                .allSatisfy(i -> assertThat(i.activityId()).startsWith("exp-lift-"));
    }

    @Test
    void withLoadedBendingHeldBackTheLadderStopsBelowTheFloor() {
        List<FearLadderItem> ladder = List.of(new FearLadderItem("b", "bending to the floor", 50, 3, 40, 3, null));
        WeeklyPlan usual = PlanGenerator.generate(typical(), new Preferences(30, 3), Phase.BUILD, PlanHistory.empty(), ladder, LIBRARY, MONDAY);
        assertThat(items(usual)).filteredOn(i -> i.kind() == PlanItemKind.EXPOSURE)
                .allSatisfy(i -> assertThat(i.activityId()).isEqualTo("exp-bend-floor"));

        ActivityLibrary heldBack = LIBRARY.without(Activity::loadedFlexion);
        WeeklyPlan careful = PlanGenerator.generate(typical(), new Preferences(30, 3), Phase.BUILD, PlanHistory.empty(), ladder, heldBack, MONDAY);
        assertThat(items(careful)).filteredOn(i -> i.kind() == PlanItemKind.EXPOSURE)
                .allSatisfy(i -> assertThat(i.activityId()).isEqualTo("exp-bend-to-shins"));
        assertThat(items(careful)).noneMatch(i -> i.activityId() != null && LIBRARY.require(i.activityId()).loadedFlexion());
    }

    @Test
    void aWeekWithoutSomeActivitiesKeepsEverythingElse() {
        WeeklyPlan p = plan(Phase.BUILD, 30, 5);
        String dropped = items(p).stream().filter(i -> i.activityId() != null && i.kind() == PlanItemKind.ACTIVITY).findFirst().orElseThrow().activityId();
        WeeklyPlan without = p.without(java.util.Set.of(dropped));
        assertThat(items(without)).noneMatch(i -> dropped.equals(i.activityId()));
        assertThat(items(without)).hasSize((int) items(p).stream().filter(i -> !dropped.equals(i.activityId())).count());
        assertThat(p.without(java.util.Set.of("not-in-this-plan"))).isSameAs(p);
    }

    @Test
    void doesNotRepeatANonHabitActivityOnConsecutiveDays() {
        for (Phase phase : Phase.values()) {
            for (int minutes : new int[] {10, 20, 40}) {
                WeeklyPlan p = plan(phase, minutes, 7);
                for (int d = 1; d < 7; d++) {
                    Set<String> yesterday = ids(p.days().get(d - 1));
                    for (PlanItem i : p.days().get(d).items()) {
                        if (i.activityId() == null || i.kind() != PlanItemKind.ACTIVITY) continue;
                        if (PlanGenerator.isHabit(LIBRARY.require(i.activityId()))) continue;
                        assertThat(yesterday).as(phase + " " + minutes + " day " + d).doesNotContain(i.activityId());
                    }
                }
            }
        }
    }

    private static Set<String> ids(PlanDay d) {
        return d.items().stream().map(PlanItem::activityId).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void unknownFactorsGetASmallDefaultWeightAndLowLoadsAreLeftOut() {
        ActivityLibrary small = PlanTestLibraries.small();
        PlanProfile unknown = new PlanProfile(Map.of(), List.of());
        List<PlanItem> all = items(PlanGenerator.generate(unknown, new Preferences(30, 7), Phase.BUILD, null, null, small, MONDAY));
        assertThat(all).extracting(PlanItem::component).contains(Component.STRESS, Component.POSTURE, Component.INFLAMMATION, Component.BREATHING);
        assertThat(all).filteredOn(i -> i.component() == Component.STRESS)
                .allSatisfy(i -> assertThat(i.reason()).startsWith("We have not measured your stress yet"));

        PlanProfile lowStress = new PlanProfile(Map.of("stress", 0), List.of());
        assertThat(items(PlanGenerator.generate(lowStress, new Preferences(30, 7), Phase.BUILD, null, null, small, MONDAY)))
                .noneMatch(i -> i.component() == Component.STRESS);
    }

    @Test
    void historyRegressesAnActivityAlongItsChainAndShiftsBands() {
        ActivityLibrary small = PlanTestLibraries.small();
        PlanProfile ankle = new PlanProfile(Map.of("movement", 80), List.of(PlanSource.of("ankle", "right", 70)));
        PlanHistory regressed = new PlanHistory(Map.of("ank-three", -1), Set.of());
        List<PlanItem> strengthen = items(PlanGenerator.generate(ankle, new Preferences(30, 5), Phase.STRENGTHEN, regressed, null, small, MONDAY));
        assertThat(strengthen).extracting(PlanItem::activityId).contains("ank-two").doesNotContain("ank-three");

        PlanHistory allDown = new PlanHistory(Map.of("all", -1), Set.of());
        List<PlanItem> lower = items(PlanGenerator.generate(ankle, new Preferences(30, 5), Phase.STRENGTHEN, allDown, null, small, MONDAY));
        assertThat(lower).extracting(PlanItem::activityId).contains("ank-one").doesNotContain("ank-three");
    }

    @Test
    void prefersActivitiesNotUsedLastWeek() {
        WeeklyPlan first = plan(Phase.BUILD, 20, 3);
        WeeklyPlan second = PlanGenerator.generate(typical(), new Preferences(20, 3), Phase.BUILD,
                PlanHistory.empty().withLastWeek(first), LADDER, LIBRARY, MONDAY);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void sidedMovementDoseSaysWhichSideToStartWith() {
        assertThat(items(plan(Phase.BUILD, 30, 5))).filteredOn(i -> i.reason().startsWith("Your left ankle"))
                .filteredOn(i -> LIBRARY.require(i.activityId()).sided())
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.dose()).endsWith("start with your left side"));
    }
}
