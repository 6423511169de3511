package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.backroot.insights.domain.MilestoneFacts.FearedTry;
import org.backroot.insights.domain.MilestoneFacts.OutcomeSeries;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;
import org.junit.jupiter.api.Test;

class MilestonesTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Test
    void theFirstWeekIsDoneTheDayAfterTheFirstPlanWeekWithAnyPractice() {
        var m = Milestones.firstWeek(START, Set.of(START.plusDays(3)), START.plusDays(7)).orElseThrow();
        assertThat(m.date()).isEqualTo(START.plusDays(7));
        assertThat(m.key()).isEqualTo("first-week");
        assertThat(m.sentence()).doesNotContainIgnoringCase("missed").doesNotContainIgnoringCase("streak");
    }

    @Test
    void theFirstWeekIsNotReachedWhileTheWeekRunsOrWithoutPracticeOrAPlan() {
        assertThat(Milestones.firstWeek(START, Set.of(START), START.plusDays(6))).as("the week is still running").isEmpty();
        assertThat(Milestones.firstWeek(START, Set.of(), START.plusDays(30))).as("nothing practised yet").isEmpty();
        assertThat(Milestones.firstWeek(null, Set.of(START), START.plusDays(30))).as("no plan yet").isEmpty();
        assertThat(Milestones.firstWeek(START, Set.of(START.minusDays(2)), START.plusDays(30))).as("practice before the plan").isEmpty();
    }

    @Test
    void aQuietFirstWeekOnlyMovesTheMilestoneToTheWeekThePersonPractised() {
        var m = Milestones.firstWeek(START, Set.of(START.plusDays(16)), START.plusDays(40)).orElseThrow();
        assertThat(m.date()).isEqualTo(START.plusDays(21));
    }

    @Test
    void theFirstFlareIsHandledWhenThePlanFirstMovesOnFromCalm() {
        var changes = List.of(
                new PhaseChange(Phase.BUILD, Phase.CALM, "A flare", START.plusDays(10)),
                new PhaseChange(Phase.CALM, Phase.BUILD, "It settled", START.plusDays(14)),
                new PhaseChange(Phase.BUILD, Phase.CALM, "Another flare", START.plusDays(40)),
                new PhaseChange(Phase.CALM, Phase.BUILD, "Settled again", START.plusDays(43)));
        var m = Milestones.firstFlareHandled(changes).orElseThrow();
        assertThat(m.date()).isEqualTo(START.plusDays(14));
        assertThat(m.title()).isEqualTo("You came through a flare");
    }

    @Test
    void aFlareStillRunningOrNoFlareIsNotAMilestone() {
        assertThat(Milestones.firstFlareHandled(List.of(new PhaseChange(Phase.BUILD, Phase.CALM, "A flare", START)))).isEmpty();
        assertThat(Milestones.firstFlareHandled(List.of(new PhaseChange(Phase.BUILD, Phase.STRENGTHEN, "Going well", START)))).isEmpty();
        assertThat(Milestones.firstFlareHandled(List.of())).isEmpty();
    }

    @Test
    void eachFearedActivityCountsOnceOnTheDayOfItsFirstTry() {
        var done = Milestones.fearedActivitiesDone(List.of(
                new FearedTry(START.plusDays(9), "item-1", "Bending to the dishwasher"),
                new FearedTry(START.plusDays(3), "item-1", "Bending to the dishwasher"),
                new FearedTry(START.plusDays(5), "item-2", "Carrying the shopping")));
        assertThat(done).extracting(Milestone::key, Milestone::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple("feared-activity-done:item-1", START.plusDays(3)),
                org.assertj.core.groups.Tuple.tuple("feared-activity-done:item-2", START.plusDays(5)));
        assertThat(done.get(0).sentence()).contains("\u201cBending to the dishwasher\u201d");
        assertThat(Milestones.fearedActivitiesDone(List.of())).isEmpty();
    }

    @Test
    void aChangeMattersOnTheFirstAnswerPastTheMinimalImportantChange() {
        // Pain 0-10: 2 points or 30 % (Ostelo 2008). 7 -> 6 is not yet; 7 -> 5 is.
        var series = new OutcomeSeries("pain", MicMeasure.PAIN_NRS, List.of(
                new TrendPoint(START, 7), new TrendPoint(START.plusDays(7), 6), new TrendPoint(START.plusDays(14), 5),
                new TrendPoint(START.plusDays(21), 4)));
        var m = Milestones.meaningfulChange(series).orElseThrow();
        assertThat(m.date()).isEqualTo(START.plusDays(14));
        assertThat(m.key()).isEqualTo("meaningful-change:pain");
        assertThat(m.sentence()).isEqualTo("Your average pain fell from 7 to 5: a change of 2 points (29 %), as much as the 2 points that people notice as real change.");
    }

    @Test
    void aSmallChangeAWorseningOrASingleAnswerIsNotAMilestone() {
        assertThat(Milestones.meaningfulChange(new OutcomeSeries("pain", MicMeasure.PAIN_NRS,
                List.of(new TrendPoint(START, 7), new TrendPoint(START.plusDays(7), 6))))).as("below the MIC").isEmpty();
        assertThat(Milestones.meaningfulChange(new OutcomeSeries("pain", MicMeasure.PAIN_NRS,
                List.of(new TrendPoint(START, 3), new TrendPoint(START.plusDays(7), 7))))).as("worse").isEmpty();
        assertThat(Milestones.meaningfulChange(new OutcomeSeries("psfs", MicMeasure.PSFS,
                List.of(new TrendPoint(START, 3))))).as("one answer").isEmpty();
        assertThat(Milestones.meaningfulChange(new OutcomeSeries("psfs", MicMeasure.PSFS,
                List.of(new TrendPoint(START, 3), new TrendPoint(START.plusDays(14), 5))))).as("PSFS up 2: its MIC").isPresent();
    }

    @Test
    void reachedListsEveryMilestoneByDateAndNothingAfterToday() {
        var facts = new MilestoneFacts(START, Set.of(START.plusDays(1)),
                List.of(new PhaseChange(Phase.CALM, Phase.BUILD, "Settled", START.plusDays(20))),
                List.of(new FearedTry(START.plusDays(4), "item-1", "Lifting a box")),
                List.of(new OutcomeSeries("peg", MicMeasure.PEG, List.of(new TrendPoint(START, 6), new TrendPoint(START.plusDays(12), 4)))));
        assertThat(Milestones.reached(facts, START.plusDays(30))).extracting(Milestone::kind).containsExactly(
                MilestoneKind.FEARED_ACTIVITY_DONE, MilestoneKind.FIRST_WEEK, MilestoneKind.MEANINGFUL_CHANGE, MilestoneKind.FIRST_FLARE_HANDLED);
        assertThat(Milestones.reached(facts, START.plusDays(10))).extracting(Milestone::kind).containsExactly(
                MilestoneKind.FEARED_ACTIVITY_DONE, MilestoneKind.FIRST_WEEK);
    }
}
