package org.backroot.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.InstrumentSource;
import org.backroot.assessment.domain.InstrumentValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic adds an instrument by dropping a YAML file into the data directory. */
class OperatorInstrumentsTest {

    private static final String LICENSED = """
            id: clinic-sleep
            version: 1
            title: Clinic sleep questions
            purpose: outcome
            intro: Two questions our clinic uses.
            source: Added by the clinic under its own licence.
            licence: Licensed to Example Clinic for use with its patients.
            items:
              - linkId: hours
                text: How many hours do you sleep on a usual night?
                type: integer
                min: 0
                max: 16
              - linkId: rested
                text: How rested do you feel in the morning?
                type: integer
                min: 0
                max: 10
            scoring:
              method: mean
              maxMissing: 1
            """;

    @Test
    void readsYamlFilesFromTheOperatorFolderInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.yaml"), LICENSED.replace("clinic-sleep", "clinic-b"));
        Files.writeString(dir.resolve("a.yml"), LICENSED);
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        List<InstrumentSource> sources = InstrumentConfiguration.operatorAdded(dir);

        assertThat(sources).extracting(s -> Path.of(s.name()).getFileName().toString()).containsExactly("a.yml", "b.yaml");
        InstrumentCatalog catalog = InstrumentCatalog.load(sources);
        assertThat(catalog.find("clinic-sleep")).isPresent();
        assertThat(catalog.get("clinic-sleep").licence()).contains("Example Clinic");
    }

    @Test
    void aMissingFolderAddsNothing(@TempDir Path dir) {
        assertThat(InstrumentConfiguration.operatorAdded(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void aBrokenOperatorFileStopsLoadingWithTheFileAndItemNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), LICENSED.replace("max: 10", "max: -3"));
        List<InstrumentSource> sources = new ArrayList<>(InstrumentConfiguration.operatorAdded(dir));

        assertThatThrownBy(() -> InstrumentCatalog.load(sources))
                .isInstanceOf(InstrumentValidationException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("rested");
    }
}
