package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentParserTest {

    private final InstrumentParser parser = new InstrumentParser();

    @Test
    void readsEveryTopLevelFieldOfAFactorCheck() {
        Instrument instrument = InstrumentFixtures.load("factor-mixed.yaml");
        assertThat(instrument.id()).isEqualTo("factor-mixed-fixture");
        assertThat(instrument.version()).isEqualTo(2);
        assertThat(instrument.purpose()).isEqualTo(InstrumentPurpose.FACTOR);
        assertThat(instrument.factor()).isEqualTo("stress");
        assertThat(instrument.higherIsBetter()).isFalse();
        assertThat(instrument.scoring().rescale()).isTrue();
        assertThat(instrument.scoring().maxMissing()).isEqualTo(1);
    }

    @Test
    void appliesItemDefaults() {
        Instrument instrument = InstrumentFixtures.load("factor-mixed.yaml");
        Item tension = instrument.item("tension").orElseThrow();
        Item sleep = instrument.item("sleep-hours").orElseThrow();
        Item notes = instrument.item("notes").orElseThrow();
        assertThat(tension.required()).isTrue();
        assertThat(tension.scored()).isTrue();
        assertThat(tension.weight()).isEqualTo(2.0);
        assertThat(instrument.item("worry").orElseThrow().weight()).isEqualTo(1.0);
        assertThat(sleep.scored()).isFalse();
        assertThat(notes.scored()).isFalse();
        assertThat(notes.required()).isFalse();
    }

    @Test
    void keepsYesNoOnAndOffAsTextInsteadOfBooleans() {
        Instrument instrument = parser.parse("codes.yaml", TestYaml.screening("""
                  - linkId: q1
                    text: Item 1
                    type: choice
                    options: [{value: yes, label: Yes}, {value: no, label: No}, {value: on, label: On}, {value: off, label: Off}]
                """));
        assertThat(instrument.items().get(0).options()).extracting(AnswerOption::value).containsExactly("yes", "no", "on", "off");
    }

    @Test
    void readsRedFlagSpecsWithDefaults() {
        Instrument instrument = parser.parse("flags.yaml", TestYaml.screening("""
                  - linkId: onset
                    text: Item 1
                    type: choice
                    options: [{value: under-20, label: A}, {value: 20-44, label: B}, {value: over-50, label: C}]
                    redFlags:
                      - {condition: malignancy, raisedBy: [under-20, over-50]}
                      - {condition: axial-spa, role: gate, raisedBy: [under-20, 20-44]}
                  - linkId: fever
                    text: Item 2
                    type: choice
                    options: [{value: yes, label: Yes}, {value: no, label: No}, {value: unsure, label: Not sure}]
                    redFlags:
                      - {condition: infection, outcome: urgent, message: Please get checked today.}
                """));
        List<RedFlagSpec> onset = instrument.item("onset").orElseThrow().redFlags();
        assertThat(onset).hasSize(2);
        assertThat(onset.get(0).role()).isEqualTo(RedFlagSpec.Role.SIGN);
        assertThat(onset.get(0).outcome()).isNull();
        assertThat(onset.get(1).role()).isEqualTo(RedFlagSpec.Role.GATE);
        RedFlagSpec fever = instrument.item("fever").orElseThrow().redFlags().get(0);
        assertThat(fever.raisedBy()).containsExactly("yes");
        assertThat(fever.outcome()).isEqualTo("urgent");
        assertThat(fever.isRaisedBy("yes")).isTrue();
        assertThat(fever.isRaisedBy("unsure")).isFalse();
    }

    @Test
    void instrumentWithoutScoredItemsHasNoScoring() {
        Instrument instrument = parser.parse("plain.yaml", TestYaml.screening("""
                  - {linkId: q1, text: Item 1, type: boolean}
                """));
        assertThat(instrument.scoring()).isNull();
        assertThat(instrument.scoredItems()).isEmpty();
    }

    @Test
    void enumsUseTheirLowercaseNamesAsText() {
        assertThat(InstrumentPurpose.SCREENING).hasToString("screening");
        assertThat(InstrumentPurpose.fromJsonName("outcome")).isEqualTo(InstrumentPurpose.OUTCOME);
        assertThat(ItemType.DECIMAL).hasToString("decimal");
        assertThat(ScoringMethod.MEAN).hasToString("mean");
    }
}
