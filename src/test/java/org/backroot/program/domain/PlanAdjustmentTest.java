package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;

class PlanAdjustmentTest {

    static final ActivityLibrary LIBRARY = PlanTestLibraries.shipped();

    private static List<FieldError> errors(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void anUnknownActivityIsRefusedNamingTheFieldAndTheId() {
        List<FieldError> errors = errors(() -> PlanAdjustment.validated(null, List.of("core-dead-bug", "no-such-thing"), List.of("made-up"),
                false, null, null, LIBRARY));
        assertThat(errors).extracting(FieldError::field).containsExactly("excludeActivities", "includeActivities");
        assertThat(errors.get(0).message()).contains("'no-such-thing'");
        assertThat(errors.get(1).message()).contains("'made-up'");
    }

    @Test
    void levelsMinutesAndNoteOutsideTheirRangesAreRefusedByField() {
        List<FieldError> errors = errors(() -> PlanAdjustment.validated(5, List.of(), List.of(), false, 61, "x".repeat(1001), LIBRARY));
        assertThat(errors).extracting(FieldError::field).containsExactly("maxLevel", "minutesPerDay", "note");
        assertThat(errors(() -> PlanAdjustment.validated(0, null, null, null, 4, null, LIBRARY)))
                .extracting(FieldError::field).containsExactly("maxLevel", "minutesPerDay");
    }

    @Test
    void anActivityCannotBeBothAddedAndLeftOutNorAddedAboveTheCap() {
        assertThat(errors(() -> PlanAdjustment.validated(null, List.of("core-dead-bug"), List.of("core-dead-bug"), false, null, null, LIBRARY)))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("'core-dead-bug'"));
        assertThat(errors(() -> PlanAdjustment.validated(2, List.of(), List.of("core-dead-bug"), false, null, null, LIBRARY)))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("level 3 is above maxLevel 2"));
    }

    @Test
    void walksAndExposureStepsAreNotAddedByHand() {
        assertThat(errors(() -> PlanAdjustment.validated(null, List.of(), List.of("walk-20", "exp-bend-floor"), false, null, null, LIBRARY)))
                .extracting(FieldError::field).containsExactly("includeActivities", "includeActivities");
    }

    @Test
    void aValidAdjustmentKeepsWhatWasAskedAndTrimsTheNote() {
        PlanAdjustment a = PlanAdjustment.validated(2, List.of(" core-dead-bug "), List.of("core-pelvic-tilt"), true, 20, "  Go gently.  ", LIBRARY);
        assertThat(a).isEqualTo(new PlanAdjustment(2, Set.of("core-dead-bug"), Set.of("core-pelvic-tilt"), true, 20, "Go gently."));
        assertThat(a.apply(new Preferences(40, 5))).isEqualTo(new Preferences(20, 5));
        assertThat(a.leavesOut(LIBRARY.require("core-dead-bug-long-lever"))).isTrue();
        assertThat(a.leavesOut(LIBRARY.require("core-heel-slides"))).isFalse();
    }

    @Test
    void onlyTheNoteChangingLeavesThePlanAsItWas() {
        PlanAdjustment a = new PlanAdjustment(2, Set.of(), Set.of(), false, null, "one");
        assertThat(a.samePlanAs(new PlanAdjustment(2, Set.of(), Set.of(), false, null, "two"))).isTrue();
        assertThat(a.samePlanAs(new PlanAdjustment(3, Set.of(), Set.of(), false, null, "one"))).isFalse();
        assertThat(new PlanAdjustment(null, null, null, false, null, "only a note").shapesThePlan()).isFalse();
    }

    @Test
    void changesAreSaidInPlainWordsAgainstTheVersionBefore() {
        PlanAdjustment first = new PlanAdjustment(2, Set.of("core-dead-bug"), Set.of(), true, 20, "Go gently.");
        assertThat(PlanAdjustmentChanges.describe(null, first, LIBRARY)).containsExactly(
                "Your plan uses activities up to level 2 of 4 only.",
                "Left out of your plan: " + LIBRARY.require("core-dead-bug").title() + ".",
                "The steps on your fear ladder are paused for now.",
                "Your plan asks for up to 20 minutes a day.");
        PlanAdjustment second = new PlanAdjustment(3, Set.of(), Set.of("core-pelvic-tilt"), false, null, "Go gently.");
        assertThat(PlanAdjustmentChanges.describe(first, second, LIBRARY)).containsExactly(
                "Your plan uses activities up to level 3 of 4 only (it was up to level 2).",
                "Back in your plan: " + LIBRARY.require("core-dead-bug").title() + ".",
                "Added to your plan: " + LIBRARY.require("core-pelvic-tilt").title() + ".",
                "The steps on your fear ladder are back in your plan.",
                "Your plan uses your own minutes a day again.");
        PlanAdjustment noteOnly = new PlanAdjustment(3, Set.of(), Set.of("core-pelvic-tilt"), false, null, "Keep going.");
        assertThat(PlanAdjustmentChanges.describe(second, noteOnly, LIBRARY)).containsExactly("A new note; the plan itself did not change.");
    }

    @Test
    void theValueRefusesWhatCannotBe() {
        assertThatThrownBy(() -> new PlanAdjustment(9, null, null, false, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanAdjustment(null, Set.of("a"), Set.of("a"), false, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanAdjustment(null, null, null, false, 2, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
