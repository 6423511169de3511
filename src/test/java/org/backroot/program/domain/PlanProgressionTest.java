package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PlanProgressionTest {

    static final LocalDate WEEK1 = LocalDate.of(2026, 5, 4);
    static final LocalDate WEEK2 = WEEK1.plusDays(7);
    static final PainMonitoringRules RULES = PainMonitoringRules.DEFAULT;

    static PlanItem item(String id) {
        return new PlanItem(id, Component.MOVEMENT, PlanItemKind.ACTIVITY, "Title " + id, 4, "2 sets of 10", "Because.", null);
    }

    /** A week with two practice days holding items a and b (4 planned items). */
    static WeeklyPlan week(LocalDate start) {
        List<PlanDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            boolean practice = i == 0 || i == 3;
            days.add(new PlanDay(start.plusDays(i), !practice, practice ? List.of(item("a"), item("b")) : List.of()));
        }
        return new WeeklyPlan(Phase.BUILD, start, 20, days);
    }

    static PlanPracticeOutcome done(LocalDate d, String id, int pain) {
        return new PlanPracticeOutcome(d, id, true, pain, 3, 3.0);
    }

    static List<PlanPracticeOutcome> allDone(LocalDate start) {
        return List.of(done(start, "a", 2), done(start, "b", 3), done(start.plusDays(3), "a", 2), done(start.plusDays(3), "b", 1));
    }

    static List<PlanPracticeOutcome> concat(List<PlanPracticeOutcome> a, List<PlanPracticeOutcome> b) {
        List<PlanPracticeOutcome> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void progressesFromBuildToStrengthenAfterTwoGoodWeeks() {
        PlanDecision d = PlanProgression.decide(Phase.BUILD, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), allDone(WEEK2)), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.PROGRESS);
        assertThat(d.phase()).isEqualTo(Phase.STRENGTHEN);
        assertThat(d.reasons().get(0)).contains("70 % or more of your plan for 2 weeks").contains("from build to strengthen");
        assertThat(d.phaseChange(Phase.BUILD, WEEK2.plusDays(7))).get()
                .satisfies(c -> assertThat(c.to()).isEqualTo(Phase.STRENGTHEN));
    }

    @Test
    void maintainLevelsUpInsteadOfChangingPhase() {
        PlanDecision d = PlanProgression.decide(Phase.MAINTAIN, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), allDone(WEEK2)), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.PROGRESS);
        assertThat(d.phase()).isEqualTo(Phase.MAINTAIN);
        assertThat(d.levelShift()).isEqualTo(1);
        assertThat(d.applyTo(PlanHistory.empty()).shift("all")).isEqualTo(1);
    }

    @Test
    void holdsWhenAWeekFellBelowSeventyPercent() {
        List<PlanPracticeOutcome> partly = allDone(WEEK2).subList(0, 2); // 2 of 4 = 50 %
        PlanDecision d = PlanProgression.decide(Phase.BUILD, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), partly), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.HOLD);
        assertThat(d.phase()).isEqualTo(Phase.BUILD);
        assertThat(d.reasons().get(0)).contains("you did 50 % of your plan");
        assertThat(d.phaseChange(Phase.BUILD, WEEK2)).isEmpty();
    }

    @Test
    void holdsAfterOnlyOneWeek() {
        PlanDecision d = PlanProgression.decide(Phase.BUILD, List.of(week(WEEK1)), allDone(WEEK1), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.HOLD);
        assertThat(d.reasons().get(0)).contains("After 2 weeks at 70 % or more");
    }

    @Test
    void regressesAnActivityThatHurtMoreThanFiveDuring() {
        List<PlanPracticeOutcome> week2 = new ArrayList<>(allDone(WEEK2));
        week2.set(1, done(WEEK2, "b", 7));
        PlanDecision d = PlanProgression.decide(Phase.STRENGTHEN, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), week2), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.REGRESS_ACTIVITY);
        assertThat(d.regressActivityIds()).containsExactly("b");
        assertThat(d.reasons().get(0)).startsWith("Title b hurt more than 5 out of 10 while you did it (7/10 on 11 May)")
                .contains("not a sign of harm");
        assertThat(d.applyTo(PlanHistory.empty()).shift("b")).isEqualTo(-1);
    }

    @Test
    void painOfExactlyFiveDuringIsAcceptable() {
        List<PlanPracticeOutcome> week2 = new ArrayList<>(allDone(WEEK2));
        week2.set(1, done(WEEK2, "b", 5));
        PlanDecision d = PlanProgression.decide(Phase.BUILD, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), week2), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.PROGRESS);
    }

    @Test
    void regressesWhenNextMorningPainIsTwoAboveBaseline() {
        List<PlanPracticeOutcome> week2 = new ArrayList<>(allDone(WEEK2));
        week2.set(0, new PlanPracticeOutcome(WEEK2, "a", true, 3, 5, 3.0));
        PlanDecision d = PlanProgression.decide(Phase.BUILD, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), week2), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.REGRESS_ACTIVITY);
        assertThat(d.regressActivityIds()).containsExactly("a");
        assertThat(d.reasons().get(0)).contains("your pain was 5/10, 2 or more above your usual 3");

        week2.set(0, new PlanPracticeOutcome(WEEK2, "a", true, 3, 4, 3.0));
        assertThat(PlanProgression.decide(Phase.BUILD, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), week2), RULES).kind())
                .isEqualTo(PlanDecision.Kind.PROGRESS);
    }

    @Test
    void calmAlwaysHoldsBecauseTheFlareRulesDecide() {
        PlanDecision d = PlanProgression.decide(Phase.CALM, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), allDone(WEEK2)), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.HOLD);
        assertThat(d.phase()).isEqualTo(Phase.CALM);
    }

    @Test
    void adherenceCountsEachPlannedItemOnceAndIgnoresOutcomesOutsideTheWeek() {
        List<PlanPracticeOutcome> outcomes = List.of(done(WEEK1, "a", 1), done(WEEK1.plusDays(1), "a", 1), done(WEEK1.plusDays(2), "a", 1),
                done(WEEK1.minusDays(1), "b", 1), new PlanPracticeOutcome(WEEK1, "b", false, null, null, null));
        assertThat(PlanProgression.adherence(week(WEEK1), outcomes)).isEqualTo(0.5);
    }

    @Test
    void rulesRejectValuesOutOfRange() {
        assertThatThrownBy(() -> new PainMonitoringRules(11, 2, 0.7, 2)).hasMessageStartingWith("acceptablePainDuring must be between 0 and 10");
        assertThatThrownBy(() -> new PainMonitoringRules(5, 2, 1.5, 2)).hasMessageStartingWith("adherenceToProgress must be above 0 and at most 1");
        assertThatThrownBy(() -> new PlanPracticeOutcome(WEEK1, "a", true, 11, null, null)).hasMessageStartingWith("painDuring must be between 0 and 10");
    }

    @Test
    void decisionFeedsTheNextPlanThroughTheHistory() {
        PlanHistory h = new PlanDecision(PlanDecision.Kind.REGRESS_ACTIVITY, Phase.BUILD, 0, List.of("ankle-knee-to-wall-rocks"),
                List.of("It hurt.")).applyTo(new PlanHistory(Map.of("ankle-knee-to-wall-rocks", -1), Set.of()));
        assertThat(h.shift("ankle-knee-to-wall-rocks")).isEqualTo(-2);
    }

    static WeeklyPlan weekWith(LocalDate start, PlanItem... items) {
        List<PlanDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) days.add(new PlanDay(start.plusDays(i), i != 0, i == 0 ? List.of(items) : List.of()));
        return new WeeklyPlan(Phase.BUILD, start, 60, days);
    }

    @Test
    void strengthenNeverReachesMaintainOnAdherenceAlone() {
        PlanDecision d = PlanProgression.decide(Phase.STRENGTHEN, List.of(week(WEEK1), week(WEEK2)), concat(allDone(WEEK1), allDone(WEEK2)), RULES);
        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.HOLD);
        assertThat(d.phase()).isEqualTo(Phase.STRENGTHEN);
        assertThat(d.reasons().get(0)).contains("not on practice alone");
    }

    @Test
    void strengthenReachesMaintainOnAnImprovedOutcomeAfterEightWeeksOnly() {
        List<WeeklyPlan> weeks = List.of(week(WEEK1), week(WEEK2));
        List<PlanPracticeOutcome> done = concat(allDone(WEEK1), allDone(WEEK2));
        MaintainGate improved = new MaintainGate(WEEK1.minusWeeks(7), "Your usual pain has clearly come down since you started.");
        MaintainGate notYet = new MaintainGate(WEEK1.minusWeeks(7), null);

        PlanDecision early = PlanProgression.decide(Phase.STRENGTHEN, weeks, done, RULES, improved, WEEK1.plusWeeks(0));
        PlanDecision withoutOutcome = PlanProgression.decide(Phase.STRENGTHEN, weeks, done, RULES, notYet, WEEK2.plusDays(7));
        PlanDecision ready = PlanProgression.decide(Phase.STRENGTHEN, weeks, done, RULES, improved, WEEK2.plusDays(7));

        assertThat(early.phase()).isEqualTo(Phase.STRENGTHEN);
        assertThat(early.reasons().get(0)).contains("8 weeks");
        assertThat(withoutOutcome.phase()).isEqualTo(Phase.STRENGTHEN);
        assertThat(ready.kind()).isEqualTo(PlanDecision.Kind.PROGRESS);
        assertThat(ready.phase()).isEqualTo(Phase.MAINTAIN);
        assertThat(ready.reasons().get(0)).contains("pain has clearly come down");
    }

    @Test
    void aBadNextMorningStepsBackLoadedMovementAndExposureButNeverWalkingBreathingRelaxationOrHabits() {
        PlanItem squat = new PlanItem("squat", Component.MOVEMENT, PlanItemKind.ACTIVITY, "Squat", 4, "2 sets of 10", "Because.", null);
        PlanItem walk = new PlanItem("walk", Component.MOVEMENT, PlanItemKind.WALK, "Walk", 10, "10 minutes", "Because.", null);
        PlanItem breathe = new PlanItem("breathe", Component.BREATHING, PlanItemKind.ACTIVITY, "Breathe", 5, "5 minutes", "Because.", null);
        PlanItem relax = new PlanItem("relax", Component.STRESS, PlanItemKind.ACTIVITY, "Relax", 5, "5 minutes", "Because.", null);
        PlanItem habit = new PlanItem("habit", Component.POSTURE, PlanItemKind.ACTIVITY, "Habit", 2, "through the day", "Because.", null);
        WeeklyPlan week = weekWith(WEEK1, squat, walk, breathe, relax, habit);
        List<PlanPracticeOutcome> badMorning = new ArrayList<>();
        for (String id : List.of("squat", "walk", "breathe", "relax", "habit")) badMorning.add(new PlanPracticeOutcome(WEEK1, id, true, 2, 6, 3.0));

        PlanDecision d = PlanProgression.decide(Phase.BUILD, List.of(week), badMorning, RULES);

        assertThat(d.kind()).isEqualTo(PlanDecision.Kind.REGRESS_ACTIVITY);
        assertThat(d.regressActivityIds()).containsExactly("squat");
    }
}
