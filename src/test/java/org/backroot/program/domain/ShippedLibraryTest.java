package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.backroot.program.domain.ActivityTargets.Region;
import org.junit.jupiter.api.Test;

/** The library Backroot ships: loads, is large and complete enough, and keeps the content rules. */
class ShippedLibraryTest {

    static final Path FOLDER = Path.of("src/main/resources/library");

    static ActivityLibrary shipped() {
        return ActivityLibrary.load(LibrarySource.fromDirectory(FOLDER));
    }

    private final ActivityLibrary lib = shipped();

    @Test
    void builtInFileListMatchesTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            Set<String> onDisk = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(LibrarySource.BUILT_IN_FILES);
        }
        ActivityLibrary fromClasspath = ActivityLibrary.load(LibrarySource.builtIn(getClass().getClassLoader()));
        assertThat(fromClasspath.size()).isEqualTo(lib.size());
    }

    @Test
    void everyFileHasAVersion() {
        assertThat(lib.versions()).hasSize(LibrarySource.BUILT_IN_FILES.size());
        assertThat(lib.versions().values()).allMatch(v -> v >= 1);
    }

    @Test
    void holdsAtLeastEightyActivities() {
        assertThat(lib.size()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void coversEveryComponent() {
        for (Component c : Component.values()) {
            assertThat(lib.filter(c, null, null)).as("activities of component %s", c.id()).isNotEmpty();
        }
    }

    @Test
    void everyRegionHasMovementAtEveryLevel() {
        for (Region r : Region.values()) {
            for (int level = 1; level <= 4; level++) {
                assertThat(lib.filter(Component.MOVEMENT, r, level)).as("movement for %s at level %d", r.id(), level).isNotEmpty();
            }
        }
    }

    @Test
    void everyRegionHasAProgressionChainFromLevelOneToFour() {
        for (Region r : Region.values()) {
            boolean found = lib.filter(Component.MOVEMENT, r, 1).stream()
                    .map(a -> lib.progressionChain(a.id()))
                    .anyMatch(chain -> chain.get(chain.size() - 1).level() == 4
                            && chain.stream().allMatch(a -> a.targets().regions().contains(r)));
            assertThat(found).as("a level 1 to 4 chain for %s", r.id()).isTrue();
        }
    }

    @Test
    void eachHingeAndWalkingAndExposureTemplateClimbsFromOneToFour() {
        for (String start : List.of("hinge-wall-tap", "walk-10", "exp-bend-to-knees", "exp-lift-empty-bag", "exp-sit-10", "exp-twist-seated",
                "breath-diaphragm-lying", "stress-pmr-short", "infl-add-vegetable", "posture-movement-snack")) {
            List<Activity> chain = lib.progressionChain(start);
            assertThat(chain.get(0).level()).as(start).isEqualTo(1);
            assertThat(chain.get(chain.size() - 1).level()).as(start).isEqualTo(4);
        }
    }

    @Test
    void walkingBuildsFromTenToFortyMinutes() {
        List<Activity> chain = lib.progressionChain("walk-10");
        assertThat(chain).extracting(a -> a.dose().durationMin()).startsWith(10, 20, 30, 40);
    }

    @Test
    void hasAtLeastTwentyFiveFlareSafeActivitiesAcrossComponents() {
        assertThat(lib.flareSafe()).hasSizeGreaterThanOrEqualTo(25);
        Set<Component> components = lib.flareSafe().stream().map(Activity::component).collect(Collectors.toSet());
        assertThat(components).contains(Component.MOVEMENT, Component.STRESS, Component.BREATHING, Component.POSTURE, Component.INFLAMMATION);
    }

    @Test
    void flareSafeBodyWorkIsGentle() {
        for (Activity a : lib.flareSafe()) {
            if (EnumSet.of(Component.MOVEMENT, Component.BREATHING, Component.EXPOSURE).contains(a.component())) {
                assertThat(a.level()).as("level of flare-safe %s", a.id()).isLessThanOrEqualTo(2);
                assertThat(a.minutes()).as("minutes of flare-safe %s", a.id()).isLessThanOrEqualTo(10);
            }
        }
    }

    @Test
    void everyLinkResolvesWithinItsComponent() {
        for (Activity a : lib.all()) {
            lib.progressionOf(a.id()).ifPresent(p -> {
                assertThat(p.component()).isEqualTo(a.component());
                assertThat(p.level()).isGreaterThanOrEqualTo(a.level());
            });
            lib.regressionOf(a.id()).ifPresent(r -> {
                assertThat(r.component()).isEqualTo(a.component());
                assertThat(r.level()).isLessThanOrEqualTo(a.level());
            });
            if (a.progression() != null) assertThat(lib.contains(a.progression())).isTrue();
            if (a.regression() != null) assertThat(lib.contains(a.regression())).isTrue();
        }
    }

    @Test
    void physicalActivitiesSayWhenToStopAndThatSettlingPainIsAcceptable() {
        for (Activity a : lib.all()) {
            if (a.component() != Component.MOVEMENT && a.component() != Component.EXPOSURE) continue;
            String stop = a.stopIf().toLowerCase(Locale.ROOT);
            assertThat(stop).as("stopIf of %s", a.id()).containsAnyOf("sharp", "spread");
            if (!a.flareSafe()) {
                String feel = a.whatYouShouldFeel().toLowerCase(Locale.ROOT);
                assertThat(feel).as("whatYouShouldFeel of %s", a.id()).contains("moderate").containsAnyOf("settle");
            }
        }
    }

    @Test
    void pacedBreathingStatesItsRhythm() {
        for (Activity a : lib.filter(Component.BREATHING, null, null)) {
            if (a.pacer() == null) continue;
            assertThat(a.dose().inhaleSec()).as("%s inhale", a.id()).isEqualTo(a.pacer().inhaleSec());
            assertThat(a.dose().exhaleSec()).as("%s exhale", a.id()).isEqualTo(a.pacer().exhaleSec());
            assertThat(String.join(" ", a.steps())).as("%s steps", a.id()).contains(a.pacer().inhaleSec() + " seconds");
        }
        assertThat(lib.all()).filteredOn(a -> a.dose().breathsPerMin() != null && a.dose().breathsPerMin() == 6.0).isNotEmpty();
    }

    @Test
    void postureHabitsFadeTheirCues() {
        for (Activity a : lib.filter(Component.POSTURE, null, null)) {
            assertThat(a.cueFading()).as("cueFading of %s", a.id()).isNotEmpty();
        }
    }

    @Test
    void sidedActivitiesSayHowToDoTheOtherSide() {
        for (Activity a : lib.all()) {
            if (!a.sided()) continue;
            String text = String.join(" ", a.steps()).toLowerCase(Locale.ROOT);
            assertThat(text).as("steps of sided %s", a.id()).containsAnyOf("other", "switch", "swap");
        }
    }

    @Test
    void stepsAndCuesStayShort() {
        for (Activity a : lib.all()) {
            assertThat(a.purpose().length()).as("purpose of %s", a.id()).isLessThanOrEqualTo(120);
            assertThat(a.steps()).as("steps of %s", a.id()).hasSizeLessThanOrEqualTo(8).allMatch(s -> s.length() <= 140);
            assertThat(a.cues()).as("cues of %s", a.id()).allMatch(s -> s.length() <= 90);
        }
    }

    @Test
    void smokingAndAlcoholPointToProfessionalSupport() {
        assertThat(lib.require("infl-smoking-support").steps().toString()).containsAnyOf("quitline", "doctor", "pharmacist");
        assertThat(lib.require("infl-alcohol-free-days").stopIf()).contains("doctor");
    }
}
