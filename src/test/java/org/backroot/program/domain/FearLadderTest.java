package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FearLadderTest {

    static final LocalDate D = LocalDate.of(2026, 5, 4);

    static FearLadder ladder() {
        return FearLadder.of(List.of(
                FearLadderItem.of("lift", "lifting a bag of shopping", 60),
                FearLadderItem.of("bend", "bending to tie my shoes", 40),
                FearLadderItem.of("run", "running for the bus", 85)));
    }

    @Test
    void ordersItemsFromLowestFearUpward() {
        assertThat(ladder().items()).extracting(FearLadderItem::id).containsExactly("bend", "lift", "run");
        assertThat(ladder().currentStep()).get().extracting(FearLadderItem::id).isEqualTo("bend");
    }

    @Test
    void aStepIsMasteredAfterTwoGoodExposuresOnceFearHasFallen() {
        FearLadder l = ladder().record(new ExposureLog(D, "bend", 7, 2, 40, 30));
        assertThat(l.item("bend")).get().satisfies(i -> {
            assertThat(i.successes()).isEqualTo(1);
            assertThat(i.lastFear()).isEqualTo(30);
            assertThat(i.mastered()).isFalse();
        });
        assertThat(l.currentStep()).get().extracting(FearLadderItem::id).isEqualTo("bend");

        l = l.record(new ExposureLog(D.plusDays(2), "bend", 5, 3, 30, 20));
        assertThat(l.item("bend")).get().extracting(FearLadderItem::mastered).isEqualTo(true);
        assertThat(l.currentStep()).get().extracting(FearLadderItem::id).isEqualTo("lift");
        assertThat(l.done()).extracting(FearLadderItem::id).containsExactly("bend");
    }

    @Test
    void aStepWhoseFearHasNotFallenIsNotMasteredEvenAfterGoingWell() {
        FearLadder l = ladder().recordAll(List.of(new ExposureLog(D.plusDays(2), "bend", 5, 3, 40, 45),
                new ExposureLog(D, "bend", 7, 2, 40, 35)));
        assertThat(l.item("bend")).get().satisfies(i -> {
            assertThat(i.successes()).isEqualTo(2);
            assertThat(i.lastFear()).isEqualTo(45); // the later log wins
            assertThat(i.mastered()).isFalse();
        });
    }

    @Test
    void anExposureThatHurtMoreThanExpectedDoesNotCountAsASuccess() {
        FearLadder l = ladder().record(new ExposureLog(D, "bend", 2, 6, 40, 30));
        assertThat(l.item("bend")).get().extracting(FearLadderItem::successes).isEqualTo(0);
    }

    @Test
    void gapTextComparesExpectedAndActualPain() {
        assertThat(new ExposureLog(D, "bend", 7, 2, 40, 30).gapText()).startsWith("You expected 7, it was 2.");
        assertThat(new ExposureLog(D, "bend", 7, 2, 40, 30).gap()).isEqualTo(5);
        assertThat(new ExposureLog(D, "bend", 3, 3, 40, 30).gapText()).startsWith("You expected 3, it was 3.");
        assertThat(new ExposureLog(D, "bend", 2, 5, 40, 30).gapText()).contains("pain usually is not harm");
    }

    @Test
    void rejectsUnknownItemsDuplicateIdsAndValuesOutOfRange() {
        assertThatThrownBy(() -> ladder().record(new ExposureLog(D, "swim", 3, 2, 40, 30))).hasMessage("itemId 'swim' is not on the fear ladder");
        assertThatThrownBy(() -> FearLadder.of(List.of(FearLadderItem.of("a", "x", 1), FearLadderItem.of("a", "y", 2))))
                .hasMessageContaining("'a' is used twice");
        assertThatThrownBy(() -> FearLadderItem.of("a", "x", 101)).hasMessageStartingWith("fear must be between 0 and 100");
        assertThatThrownBy(() -> FearLadderItem.of("a", " ", 10)).hasMessage("activity must not be blank");
        assertThatThrownBy(() -> new ExposureLog(D, "a", 11, 2, 40, 30)).hasMessageStartingWith("expectedPain must be between 0 and 10");
        assertThatThrownBy(() -> new ExposureLog(D, "a", 1, 2, 40, 130)).hasMessageStartingWith("fearAfter must be between 0 and 100");
    }

    @Test
    void rerratingKeepsProgress() {
        FearLadderItem i = new FearLadderItem("bend", "bending", 40, 1, 30).rerated("bending to the floor", 50);
        assertThat(i.successes()).isEqualTo(1);
        assertThat(i.lastFear()).isEqualTo(30);
        assertThat(i.fear()).isEqualTo(50);
    }

    @Test
    void anEmptyLadderHasNoCurrentStep() {
        assertThat(FearLadder.of(List.of()).currentStep()).isEmpty();
        assertThat(FearLadder.of(null).items()).isEmpty();
    }

    @Test
    void anExperimentSucceedsWhenTheFearedOutcomeDidNotHappenWhateverThePain() {
        ExposureLog painfulButUnharmed = ExposureLog.experiment(D, "bend", 70, false, 40, 30, 2, 6);
        assertThat(painfulButUnharmed.wentWell()).isTrue();
        assertThat(painfulButUnharmed.gapText()).startsWith("You thought it was 70 % likely that it would harm your back. It did not happen.")
                .contains("fear came down, from 40 to 30");
        assertThat(ExposureLog.experiment(D, "bend", 70, true, 40, 30, null, null).wentWell()).isFalse();
    }

    @Test
    void onlyExperimentsThatWentWellWhileFearFellAdvanceTheTemplate() {
        FearLadder l = ladder().record(ExposureLog.experiment(D, "bend", 60, false, 40, 45, null, null));
        assertThat(l.item("bend").orElseThrow()).satisfies(i -> {
            assertThat(i.successes()).isEqualTo(1);
            assertThat(i.advances()).isZero();
        });
        l = l.record(ExposureLog.experiment(D.plusDays(1), "bend", 50, false, 45, 30, null, null));
        assertThat(l.item("bend").orElseThrow().advances()).isEqualTo(1);
        l = l.record(ExposureLog.experiment(D.plusDays(2), "bend", 50, true, 30, 20, null, null));
        assertThat(l.item("bend").orElseThrow().advances()).isEqualTo(1);
    }

    @Test
    void freeTextIsMatchedToATemplateOnlyWhenTheMatchIsSure() {
        assertThat(ExposureTheme.sureMatch("bending to tie my shoes")).contains(ExposureTheme.BEND);
        assertThat(ExposureTheme.sureMatch("lifting a bag of shopping")).contains(ExposureTheme.LIFT);
        assertThat(ExposureTheme.sureMatch("carrying a bag to the car")).isEmpty();
        assertThat(ExposureTheme.sureMatch("running for the bus")).isEmpty();
        assertThatThrownBy(() -> ExposureTheme.fromCode("swim")).hasMessageContaining("template must be one of");
    }

    @Test
    void aPendingStepNamesWhatIsMissingAndNeverFillsItIn() {
        PendingExposure p = new PendingExposure("p", "bend", D, 60, null, 40, null, null, null);
        assertThat(p.missing()).containsExactly("harmHappened", "fearAfter");
        assertThatThrownBy(p::toLog).hasMessageContaining("harmHappened");
        PendingExposure done = p.with(null, false, null, 30, null, null);
        assertThat(done.complete()).isTrue();
        assertThat(done.toLog().fearAfter()).isEqualTo(30);
    }
}
