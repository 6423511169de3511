package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentCatalogTest {

    private static InstrumentSource file(String name, String id, String purpose, String factor) {
        String factorLine = factor == null ? "" : "factor: " + factor + "\n";
        String rescale = "factor".equals(purpose) ? "  rescale: true\n" : "";
        return new InstrumentSource(name, """
                id: %s
                version: 1
                title: T
                purpose: %s
                %sintro: I.
                source: S.
                items:
                  - {linkId: q1, text: Item 1, type: integer, min: 0, max: 4}
                  - {linkId: q2, text: Item 2, type: integer, min: 0, max: 4}
                scoring:
                  method: sum
                %s""".formatted(id, purpose, factorLine, rescale));
    }

    @Test
    void listsScreeningThenFactorsInBackrootOrderThenOutcomes() {
        InstrumentCatalog catalog = InstrumentCatalog.load(List.of(
                file("a.yaml", "pain", "outcome", null),
                file("b.yaml", "breathing-check", "factor", "breathing"),
                file("c.yaml", "movement-check", "factor", "movement"),
                file("d.yaml", "red-flags", "screening", null),
                file("e.yaml", "peg", "outcome", null),
                file("f.yaml", "stress-check", "factor", "stress")));
        assertThat(catalog.all()).extracting(Instrument::id)
                .containsExactly("red-flags", "movement-check", "stress-check", "breathing-check", "pain", "peg");
    }

    @Test
    void findsInstrumentsByIdPurposeAndFactor() {
        InstrumentCatalog catalog = InstrumentCatalog.load(List.of(
                file("a.yaml", "pain", "outcome", null), file("b.yaml", "stress-check", "factor", "stress")));
        assertThat(catalog.find("pain")).isPresent();
        assertThat(catalog.find("nope")).isEmpty();
        assertThat(catalog.forFactor("stress")).map(Instrument::id).contains("stress-check");
        assertThat(catalog.byPurpose(InstrumentPurpose.OUTCOME)).extracting(Instrument::id).containsExactly("pain");
        assertThatThrownBy(() -> catalog.get("nope")).hasMessageContaining("no instrument with id 'nope'");
    }

    @Test
    void rejectsDuplicateIdsNamingBothFiles() {
        assertThatThrownBy(() -> InstrumentCatalog.load(List.of(
                file("instruments/pain.yaml", "pain", "outcome", null),
                file("/data/instruments/pain-copy.yaml", "pain", "outcome", null))))
                .isInstanceOf(InstrumentValidationException.class)
                .hasMessage("/data/instruments/pain-copy.yaml: id 'pain' is already used by instruments/pain.yaml");
    }

    @Test
    void reportsProblemsOfEveryBrokenFileTogether() {
        assertThatThrownBy(() -> InstrumentCatalog.load(List.of(
                new InstrumentSource("one.yaml", "id: [broken"),
                file("fine.yaml", "pain", "outcome", null),
                new InstrumentSource("two.yaml", "id: x"))))
                .isInstanceOfSatisfying(InstrumentValidationException.class, e -> assertThat(e.problems())
                        .anyMatch(problem -> problem.startsWith("one.yaml: "))
                        .anyMatch(problem -> problem.startsWith("two.yaml: ")));
    }
}
