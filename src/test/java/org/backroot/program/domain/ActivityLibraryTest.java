package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backroot.program.domain.LibraryFixtures.activity;
import static org.backroot.program.domain.LibraryFixtures.file;
import static org.backroot.program.domain.LibraryFixtures.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.backroot.program.domain.ActivityTargets.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityLibraryTest {

    private final ActivityLibrary lib = library(
            activity("hip-one", 1, a -> {
                a.put("progression", "hip-two");
                a.put("flareSafe", true);
            }),
            activity("hip-two", 2, a -> {
                a.put("progression", "hip-three");
                a.put("regression", "hip-one");
            }),
            activity("hip-three", 3, a -> a.put("regression", "hip-two")),
            activity("ankle-one", 1, a -> a.put("targets", Map.of("factors", List.of("movement"), "regions", List.of("ankle")))),
            activity("calm-breath", 1, a -> {
                a.put("component", "breathing");
                a.put("targets", Map.of("factors", List.of("breathing", "stress")));
                a.put("flareSafe", true);
            }));

    @Test
    void findsActivitiesById() {
        assertThat(lib.byId("hip-two")).map(Activity::level).contains(2);
        assertThat(lib.byId("nope")).isEmpty();
        assertThat(lib.contains("hip-one")).isTrue();
        assertThatThrownBy(() -> lib.require("nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
    }

    @Test
    void keepsFileOrder() {
        assertThat(lib.all()).extracting(Activity::id).containsExactly("hip-one", "hip-two", "hip-three", "ankle-one", "calm-breath");
    }

    @Test
    void filtersByComponentRegionAndLevelWithNullMeaningAny() {
        assertThat(lib.filter(Component.MOVEMENT, null, null)).hasSize(4);
        assertThat(lib.filter(null, Region.HIP, null)).extracting(Activity::id).containsExactly("hip-one", "hip-two", "hip-three");
        assertThat(lib.filter(Component.MOVEMENT, Region.HIP, 2)).extracting(Activity::id).containsExactly("hip-two");
        assertThat(lib.filter(null, null, 1)).extracting(Activity::id).containsExactly("hip-one", "ankle-one", "calm-breath");
        assertThat(lib.filter(Component.STRESS, null, null)).isEmpty();
        assertThat(lib.filter(null, null, null)).hasSize(5);
    }

    @Test
    void listsFlareSafeActivities() {
        assertThat(lib.flareSafe()).extracting(Activity::id).containsExactly("hip-one", "calm-breath");
    }

    @Test
    void followsProgressionAndRegressionLinks() {
        assertThat(lib.progressionOf("hip-one")).map(Activity::id).contains("hip-two");
        assertThat(lib.progressionOf("hip-three")).isEmpty();
        assertThat(lib.regressionOf("hip-three")).map(Activity::id).contains("hip-two");
        assertThat(lib.regressionOf("hip-one")).isEmpty();
        assertThat(lib.progressionChain("hip-one")).extracting(Activity::id).containsExactly("hip-one", "hip-two", "hip-three");
        assertThatThrownBy(() -> lib.progressionOf("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsOfEnumsMatchTheYaml() {
        assertThat(Component.fromId("exposure")).contains(Component.EXPOSURE);
        assertThat(Component.fromId("EXPOSURE")).isEmpty();
        assertThat(ActivityTargets.Factor.fromId("fear")).contains(ActivityTargets.Factor.FEAR);
        assertThat(Region.fromId("thoracic")).contains(Region.THORACIC);
        assertThat(Component.BREATHING.id()).isEqualTo("breathing");
    }

    @Test
    void combinesOperatorFilesWithTheBuiltInOnes() {
        var extra = new LibrarySource("clinic.yaml", file(activity("clinic-extra", 2, a -> a.put("regression", "hip-one"))));
        var base = new LibrarySource("base.yaml", file(activity("hip-one", 1)));
        ActivityLibrary combined = ActivityLibrary.load(List.of(base, extra));
        assertThat(combined.regressionOf("clinic-extra")).map(Activity::source).contains("base.yaml");
        assertThat(combined.versions()).containsOnlyKeys("base.yaml", "clinic.yaml");
    }

    @Test
    void readsYamlFilesFromAFolderSortedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.yaml"), file(activity("b-one", 1)));
        Files.writeString(dir.resolve("a.yml"), file(activity("a-one", 1)));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        List<LibrarySource> sources = LibrarySource.fromDirectory(dir);
        assertThat(sources).extracting(LibrarySource::name).containsExactly("a.yml", "b.yaml");
        assertThat(LibrarySource.fromDirectory(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void recordsRejectBadValuesNamingTheField() {
        assertThatThrownBy(() -> new ActivityDose(0, null, null, null, false, null, null, null, null, null, null))
                .hasMessage("dose.sets must be between 1 and 10, was 0");
        assertThatThrownBy(() -> new ActivityDose(null, null, null, null, false, null, null, null, null, null, 8))
                .hasMessage("dose.daysPerWeek must be between 1 and 7, was 8");
        assertThatThrownBy(() -> new ActivityPacer(4, 21)).hasMessage("pacer.exhaleSec must be between 1 and 20 seconds, was 21");
        assertThatThrownBy(() -> new ActivityTargets(java.util.Set.of(), null)).hasMessage("targets.factors must name at least one factor");
        assertThatThrownBy(() -> new LibraryValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
