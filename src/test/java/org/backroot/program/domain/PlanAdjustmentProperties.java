package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.backroot.program.domain.PlanGeneratorProperties.Input;
import org.backroot.safety.domain.Restriction;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A clinician's adjustment works inside the plan and never around safety, whatever it asks for. */
class PlanAdjustmentProperties {

    static final ActivityLibrary LIBRARY = PlanGeneratorProperties.LIBRARY;
    /** Every activity a clinician may add (walks and exposure steps are refused at the door). */
    static final List<String> ADDABLE = LIBRARY.all().stream()
            .filter(a -> a.component() != Component.EXPOSURE && !PlanGenerator.isWalk(a)).map(Activity::id).toList();
    static final List<String> ALL_IDS = LIBRARY.all().stream().map(Activity::id).toList();

    /** An input, an adjustment, and the restrictions safety holds now. */
    record Case(Input in, PlanAdjustment adjustment, Set<Restriction> restrictions) {

        /** The library as PlanService passes it: without what safety's restrictions hold back. */
        ActivityLibrary safeLibrary() {
            return LIBRARY.without(a -> SafetyHolds.holdsBack(restrictions, a));
        }

        WeeklyPlan plan() {
            return PlanGenerator.generate(in.profile(), in.preferences(), in.phase(), in.history(), in.ladder(), safeLibrary(),
                    in.startsOn(), 7L, adjustment, "Dr Rivera");
        }

        List<Activity> activities(WeeklyPlan plan) {
            return plan.days().stream().flatMap(d -> d.items().stream()).map(PlanItem::activityId).filter(Objects::nonNull)
                    .map(LIBRARY::require).toList();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Set<String>> exclude = Arbitraries.of(ALL_IDS).set().ofMaxSize(8);
        Arbitrary<Set<String>> include = Arbitraries.of(ADDABLE).set().ofMaxSize(4);
        Arbitrary<PlanAdjustment> adjustment = Combinators.combine(
                Arbitraries.integers().between(1, Activity.MAX_LEVEL).injectNull(0.3), exclude, include, Arbitraries.of(true, false),
                Arbitraries.integers().between(Preferences.MIN_MINUTES, Preferences.MAX_MINUTES).injectNull(0.4))
                .as((max, ex, in, pause, minutes) -> {
                    Set<String> added = new java.util.LinkedHashSet<>(in);
                    added.removeAll(ex);
                    return new PlanAdjustment(max, ex, added, pause, minutes, "A note");
                });
        Arbitrary<Set<Restriction>> restrictions = Arbitraries.of(Restriction.class).set();
        return Combinators.combine(new PlanGeneratorProperties().inputs(), adjustment, restrictions).as(Case::new);
    }

    @Property(tries = 300)
    void calmStillUsesFlareSafeActivitiesOnlyWhateverTheClinicianAdded(@ForAll("cases") Case c) {
        if (c.in().phase() != Phase.CALM) return;
        assertThat(c.activities(c.plan())).allMatch(Activity::flareSafe);
    }

    @Property(tries = 300)
    void whatSafetyRestrictsNeverAppearsEvenWhenAdded(@ForAll("cases") Case c) {
        assertThat(c.activities(c.plan())).noneMatch(a -> SafetyHolds.holdsBack(c.restrictions(), a));
    }

    @Property(tries = 300)
    void leftOutActivitiesAndLevelsAboveTheCapNeverAppear(@ForAll("cases") Case c) {
        assertThat(c.activities(c.plan())).allSatisfy(a -> {
            assertThat(c.adjustment().excludeActivities()).doesNotContain(a.id());
            if (c.adjustment().maxLevel() != null) assertThat(a.level()).isLessThanOrEqualTo(c.adjustment().maxLevel());
        });
    }

    @Property(tries = 300)
    void theCautionsForThePersonStillHold(@ForAll("cases") Case c) {
        Input pregnant = new Input(new PlanProfile(c.in().profile().factorLoads(), c.in().profile().sources(), new PlanCautions(true, true)),
                c.in().preferences(), c.in().phase(), c.in().history(), c.in().ladder(), c.in().startsOn());
        Case withCautions = new Case(pregnant, c.adjustment(), c.restrictions());
        assertThat(withCautions.activities(withCautions.plan())).noneMatch(Activity::lyingOnBack);
    }

    @Property(tries = 300)
    void noDayAsksForMoreThanTheMinutesInForce(@ForAll("cases") Case c) {
        int minutes = c.adjustment().apply(c.in().preferences()).minutesPerDay();
        assertThat(c.plan().days()).allSatisfy(d -> assertThat(d.totalMinutes()).isLessThanOrEqualTo(minutes));
    }

    @Property(tries = 300)
    void pausedExposureLeavesEveryFearLadderStepOut(@ForAll("cases") Case c) {
        if (!c.adjustment().pauseExposure()) return;
        assertThat(c.plan().days()).allSatisfy(d -> assertThat(d.items()).noneMatch(i -> i.kind() == PlanItemKind.EXPOSURE));
    }

    @Property(tries = 300)
    void anAddedActivityThatSafetyAndThePhaseAllowIsOnEveryPracticeDay(@ForAll("cases") Case c, @ForAll("addable") String id) {
        PlanAdjustment one = new PlanAdjustment(c.adjustment().maxLevel(), Set.of(), Set.of(id), c.adjustment().pauseExposure(),
                c.adjustment().minutesPerDay(), null);
        Case single = new Case(c.in(), one, c.restrictions());
        Activity a = LIBRARY.require(id);
        WeeklyPlan plan = single.plan();
        boolean allowed = !SafetyHolds.holdsBack(c.restrictions(), a) && !one.leavesOut(a)
                && !c.in().profile().cautions().excludes(a) && (c.in().phase() != Phase.CALM || a.flareSafe())
                && a.minutesPerDay() <= Math.min(plan.minutesPerDay() - (c.in().phase() == Phase.CALM ? 1 : 0),
                Math.max(5, plan.minutesPerDay() / 2));
        List<PlanDay> practice = plan.days().stream().filter(d -> !d.restDay()).toList();
        if (allowed) {
            assertThat(practice).allSatisfy(d -> assertThat(d.items()).anySatisfy(i -> {
                assertThat(i.activityId()).isEqualTo(id);
                assertThat(i.reason()).startsWith("Dr Rivera added this to your plan.");
            }));
        } else {
            assertThat(single.activities(plan)).noneMatch(x -> x.id().equals(id) && (SafetyHolds.holdsBack(c.restrictions(), x)
                    || (c.in().phase() == Phase.CALM && !x.flareSafe()) || one.leavesOut(x)));
        }
    }

    @Property(tries = 100)
    void withoutAnAdjustmentThePlanIsTheOneMadeBefore(@ForAll("inputs") Input in) {
        WeeklyPlan before = PlanGenerator.generate(in.profile(), in.preferences(), in.phase(), in.history(), in.ladder(), LIBRARY,
                in.startsOn(), 7L);
        WeeklyPlan none = PlanGenerator.generate(in.profile(), in.preferences(), in.phase(), in.history(), in.ladder(), LIBRARY,
                in.startsOn(), 7L, PlanAdjustment.NONE, null);
        assertThat(none).isEqualTo(before);
    }

    @Provide
    Arbitrary<String> addable() {
        return Arbitraries.of(ADDABLE);
    }

    @Provide
    Arbitrary<Input> inputs() {
        return new PlanGeneratorProperties().inputs();
    }
}
