package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backroot.assessment.domain.TestYaml.SUM;
import static org.backroot.assessment.domain.TestYaml.TWO_SCORED_ITEMS;
import static org.backroot.assessment.domain.TestYaml.outcome;
import static org.backroot.assessment.domain.TestYaml.screening;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation message names the file, the item or section, and what is wrong. */
class InstrumentValidationTest {

    private static final String FILE = "instruments/test.yaml";

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void rejectsBrokenFileWithAMessageNamingFileItemAndProblem(String behaviour, String yaml, String expectedMessage) {
        assertThatThrownBy(() -> new InstrumentParser().parse(FILE, yaml))
                .isInstanceOf(InstrumentValidationException.class)
                .hasMessageContaining(expectedMessage);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("not YAML at all", "id: [unclosed", FILE + ": is not valid YAML"),
                broken("a list instead of a mapping", "- a\n- b", FILE + ": must be a mapping of keys to values"),
                broken("duplicate keys", outcome("title: Again\n", TWO_SCORED_ITEMS, SUM), "is not valid YAML"),
                broken("unknown top-level key", outcome("colour: blue\n", TWO_SCORED_ITEMS, SUM), FILE + ": unknown key 'colour'"),
                broken("id not kebab-case", outcome("", TWO_SCORED_ITEMS, SUM).replace("id: test", "id: Test_Id"),
                        FILE + ": id must be lowercase kebab-case"),
                broken("missing id", outcome("", TWO_SCORED_ITEMS, SUM).replace("id: test\n", ""), FILE + ": id is required"),
                broken("missing title", outcome("", TWO_SCORED_ITEMS, SUM).replace("title: Test\n", ""), FILE + ": title is required"),
                broken("missing intro", outcome("", TWO_SCORED_ITEMS, SUM).replace("intro: Intro.\n", ""), FILE + ": intro is required"),
                broken("missing source", outcome("", TWO_SCORED_ITEMS, SUM).replace("source: Test.\n", ""), FILE + ": source is required"),
                broken("missing version", outcome("", TWO_SCORED_ITEMS, SUM).replace("version: 1\n", ""), FILE + ": version is required"),
                broken("version zero", outcome("", TWO_SCORED_ITEMS, SUM).replace("version: 1", "version: 0"), FILE + ": version must be 1 or more"),
                broken("version as text", outcome("", TWO_SCORED_ITEMS, SUM).replace("version: 1", "version: one"), FILE + ": version must be a whole number"),
                broken("unknown purpose", outcome("", TWO_SCORED_ITEMS, SUM).replace("purpose: outcome", "purpose: fun"),
                        FILE + ": purpose must be one of screening, factor, outcome but was 'fun'"),
                broken("factor check without factor", outcome("", TWO_SCORED_ITEMS, SUM + "  rescale: true\n").replace("purpose: outcome", "purpose: factor"),
                        FILE + ": factor must be one of movement, stress, posture, inflammation, fear, breathing"),
                broken("factor check with unknown factor", outcome("factor: luck\n", TWO_SCORED_ITEMS, SUM + "  rescale: true\n").replace("purpose: outcome", "purpose: factor"),
                        "but was 'luck'"),
                broken("factor on an outcome instrument", outcome("factor: stress\n", TWO_SCORED_ITEMS, SUM), FILE + ": factor only applies when purpose is factor"),
                broken("factor check without rescale", outcome("factor: stress\n", TWO_SCORED_ITEMS, SUM).replace("purpose: outcome", "purpose: factor"),
                        FILE + ": a factor check must use rescale: true"),
                broken("higherIsBetter not a boolean", outcome("higherIsBetter: maybe\n", TWO_SCORED_ITEMS, SUM), FILE + ": higherIsBetter must be true or false"),
                broken("no items", outcome("", "", SUM).replace("items:\n", "items: []\n"), FILE + ": items must list at least one item"),
                broken("missing items", outcome("", "", "").replace("items:\n", ""), FILE + ": items is required"),
                broken("duplicate linkId", outcome("", TWO_SCORED_ITEMS.replace("q2", "q1"), SUM), FILE + ": item 'q1': linkId is used more than once"),
                broken("bad linkId", outcome("", TWO_SCORED_ITEMS.replace("q2", "Q 2"), SUM), FILE + ": item 'Q 2': linkId must use only a-z, 0-9 and '-'"),
                broken("item without linkId", outcome("", "  - {text: Item 1, type: boolean}\n", ""), FILE + ": item #1: linkId is required"),
                broken("item without text", outcome("", "  - {linkId: q1, type: boolean}\n", ""), FILE + ": item 'q1': text must not be blank"),
                broken("item without type", outcome("", "  - {linkId: q1, text: Item 1}\n", ""), FILE + ": item 'q1': type is required"),
                broken("unknown type", outcome("", "  - {linkId: q1, text: Item 1, type: slider}\n", ""),
                        FILE + ": item 'q1': type must be one of choice, integer, decimal, boolean, text but was 'slider'"),
                broken("unknown item key", outcome("", TWO_SCORED_ITEMS.replace("type: integer", "type: integer, reverse: true"), SUM),
                        FILE + ": item 'q2': unknown key 'reverse'"),
                broken("choice without options", outcome("", "  - {linkId: q1, text: Item 1, type: choice}\n", ""),
                        FILE + ": item 'q1': a choice item needs at least two options"),
                broken("duplicate option values", outcome("", "  - {linkId: tension-neck, text: Item 1, type: choice, options: [{value: 0, label: A}, {value: 0, label: B}]}\n", SUM),
                        FILE + ": item 'tension-neck': option values must be unique"),
                broken("duplicate option labels", outcome("", "  - {linkId: q1, text: Item 1, type: choice, options: [{value: 0, label: A}, {value: 1, label: A}]}\n", SUM),
                        FILE + ": item 'q1': option labels must be unique"),
                broken("option without label", outcome("", "  - {linkId: q1, text: Item 1, type: choice, options: [{value: 0}, {value: 1, label: A}]}\n", SUM),
                        FILE + ": item 'q1': option 0 needs a label"),
                broken("option without value", outcome("", "  - {linkId: q1, text: Item 1, type: choice, options: [{label: A}, {value: 1, label: B}]}\n", SUM),
                        FILE + ": item 'q1': every option needs a value"),
                broken("boolean option value", outcome("", "  - {linkId: q1, text: Item 1, type: choice, options: [{value: true, label: A}, {value: 1, label: B}]}\n", SUM),
                        FILE + ": item 'q1': option value true must be an integer or a string"),
                broken("decimal option value", outcome("", "  - {linkId: q1, text: Item 1, type: choice, options: [{value: 0.5, label: A}, {value: 1, label: B}]}\n", SUM),
                        FILE + ": item 'q1': option value '0.5' must be a whole number or a string"),
                broken("mixed option values", outcome("", "  - {linkId: q1, text: Item 1, type: choice, options: [{value: a, label: A}, {value: 1, label: B}]}\n", SUM),
                        FILE + ": item 'q1': option values must be all integers or all strings"),
                broken("points on only some options", outcome("", "  - {linkId: q1, text: Item 1, type: choice, options: [{value: a, label: A, points: 1}, {value: b, label: B}]}\n", SUM),
                        FILE + ": item 'q1': either every option scores points or none does"),
                broken("options on a non-choice item", outcome("", "  - {linkId: q1, text: Item 1, type: text, options: [{value: a, label: A}, {value: b, label: B}]}\n", ""),
                        FILE + ": item 'q1': options only apply to choice items, not text"),
                broken("integer without max", outcome("", "  - {linkId: q1, text: Item 1, type: integer, min: 0}\n", SUM),
                        FILE + ": item 'q1': an integer item needs both min and max"),
                broken("min not below max", outcome("", "  - {linkId: q1, text: Item 1, type: decimal, min: 5, max: 5}\n", SUM),
                        FILE + ": item 'q1': min must be less than max"),
                broken("fractional bounds on an integer item", outcome("", "  - {linkId: q1, text: Item 1, type: integer, min: 0, max: 2.5}\n", SUM),
                        FILE + ": item 'q1': min and max of an integer item must be whole numbers"),
                broken("min as text", outcome("", "  - {linkId: q1, text: Item 1, type: integer, min: low, max: 2}\n", SUM),
                        FILE + ": item 'q1': min must be a number but was 'low'"),
                broken("min on a choice item", outcome("", "  - {linkId: q1, text: Item 1, type: choice, min: 0, options: [{value: 0, label: A}, {value: 1, label: B}]}\n", SUM),
                        FILE + ": item 'q1': min and max only apply to integer and decimal items"),
                broken("scale labels on a choice item", outcome("", "  - {linkId: q1, text: Item 1, type: boolean, minLabel: none}\n", ""),
                        FILE + ": item 'q1': minLabel and maxLabel only apply to integer and decimal items"),
                broken("scored text item", outcome("", "  - {linkId: q1, text: Item 1, type: text, scored: true}\n", SUM),
                        FILE + ": item 'q1': only items with numeric values"),
                broken("scored string choice", outcome("", "  - {linkId: q1, text: Item 1, type: choice, scored: true, options: [{value: a, label: A}, {value: b, label: B}]}\n", SUM),
                        FILE + ": item 'q1': only items with numeric values"),
                broken("reversed unscored item", outcome("", "  - {linkId: q1, text: Item 1, type: boolean, reversed: true}\n", ""),
                        FILE + ": item 'q1': reversed only applies to scored items"),
                broken("weight on unscored item", outcome("", "  - {linkId: q1, text: Item 1, type: boolean, weight: 2}\n", ""),
                        FILE + ": item 'q1': weight only applies to scored items"),
                broken("zero weight", outcome("", "  - {linkId: q1, text: Item 1, type: integer, min: 0, max: 3, weight: 0}\n", SUM),
                        FILE + ": item 'q1': weight must be a positive number"),
                broken("required as text", outcome("", "  - {linkId: q1, text: Item 1, type: boolean, required: often}\n", ""),
                        FILE + ": item 'q1': required must be true or false"),
                broken("scored items without scoring", outcome("", TWO_SCORED_ITEMS, ""), FILE + ": scoring is required because item 'q1' is scored"),
                broken("scoring without scored items", outcome("", "  - {linkId: q1, text: Item 1, type: boolean}\n", SUM), FILE + ": scoring is given but no item is scored"),
                broken("unknown scoring method", outcome("", TWO_SCORED_ITEMS, "  method: median\n"), FILE + ": scoring: method must be sum or mean but was 'median'"),
                broken("unknown scoring key", outcome("", TWO_SCORED_ITEMS, SUM + "  rescaled: true\n"), FILE + ": scoring: unknown key 'rescaled'"),
                broken("negative maxMissing", outcome("", TWO_SCORED_ITEMS, SUM + "  maxMissing: -1\n"), FILE + ": scoring: scoring maxMissing must be 0 or more"),
                broken("maxMissing as many as items", outcome("", TWO_SCORED_ITEMS, SUM + "  maxMissing: 2\n"),
                        FILE + ": scoring maxMissing must be less than the number of scored items (2)"),
                broken("subscale naming a missing item", outcome("", TWO_SCORED_ITEMS, SUM + "  subscales:\n    - {id: body, items: [q1, q9]}\n"),
                        FILE + ": subscale 'body' lists item 'q9', which is not a scored item"),
                broken("subscale without items", outcome("", TWO_SCORED_ITEMS, SUM + "  subscales:\n    - {id: body, items: []}\n"),
                        FILE + ": scoring: subscale 'body' must list at least one item"),
                broken("duplicate subscale ids", outcome("", TWO_SCORED_ITEMS, SUM + "  subscales:\n    - {id: body, items: [q1]}\n    - {id: body, items: [q2]}\n"),
                        FILE + ": scoring: subscale id 'body' is used more than once"),
                broken("band naming a missing subscale", outcome("", TWO_SCORED_ITEMS, SUM + "  bands:\n    - {band: high, when: {subscale: mind, min: 4}}\n"),
                        FILE + ": scoring: band 'high' refers to subscale 'mind', which is not defined"),
                broken("band with min above max", outcome("", TWO_SCORED_ITEMS, SUM + "  bands:\n    - {band: odd, when: {min: 5, max: 4}}\n"),
                        FILE + ": scoring: band 'odd' min must not be greater than max"),
                broken("band without name", outcome("", TWO_SCORED_ITEMS, SUM + "  bands:\n    - {when: {min: 5}}\n"),
                        FILE + ": scoring: band must not be blank"),
                broken("unknown band condition key", outcome("", TWO_SCORED_ITEMS, SUM + "  bands:\n    - {band: high, when: {above: 5}}\n"),
                        FILE + ": scoring: band 'high' when: unknown key 'above'"),
                broken("red flags outside screening", outcome("", "  - {linkId: q1, text: Item 1, type: choice, options: [{value: yes, label: Y}, {value: no, label: N}], redFlags: [{condition: fracture, outcome: urgent, message: M.}]}\n", ""),
                        FILE + ": item 'q1': red flags only apply to screening instruments"),
                broken("unknown red flag condition", screening("  - {linkId: q1, text: Item 1, type: choice, options: [{value: yes, label: Y}, {value: no, label: N}], redFlags: [{condition: gout}]}\n"),
                        FILE + ": item 'q1': red flag: red flag condition must be one of"),
                broken("unknown red flag outcome", screening("  - {linkId: q1, text: Item 1, type: choice, options: [{value: yes, label: Y}, {value: no, label: N}], redFlags: [{condition: fracture, outcome: later, message: M.}]}\n"),
                        "red flag outcome must be one of [emergency, see-doctor, urgent] but was 'later'"),
                broken("red flag outcome without message", screening("  - {linkId: q1, text: Item 1, type: choice, options: [{value: yes, label: Y}, {value: no, label: N}], redFlags: [{condition: fracture, outcome: urgent}]}\n"),
                        "a red flag with an outcome needs a message"),
                broken("gate with an outcome", screening("  - {linkId: q1, text: Item 1, type: choice, options: [{value: yes, label: Y}, {value: no, label: N}], redFlags: [{condition: axial-spa, role: gate, outcome: urgent, message: M.}]}\n"),
                        "a red flag gate must not have an outcome"),
                broken("unknown red flag role", screening("  - {linkId: q1, text: Item 1, type: choice, options: [{value: yes, label: Y}, {value: no, label: N}], redFlags: [{condition: axial-spa, role: boss}]}\n"),
                        "red flag role must be sign, gate or criterion but was 'boss'"),
                broken("raisedBy value that is no option", screening("  - {linkId: q1, text: Item 1, type: choice, options: [{value: si, label: Y}, {value: non, label: N}], redFlags: [{condition: fracture, outcome: urgent, message: M.}]}\n"),
                        FILE + ": item 'q1': red flag raisedBy value 'yes' is not one of the option values"),
                broken("red flag on a boolean item", screening("  - {linkId: q1, text: Item 1, type: boolean, redFlags: [{condition: fracture, raisedBy: [true]}]}\n"),
                        FILE + ": item 'q1': red flags only apply to choice items"));
    }

    private static Arguments broken(String behaviour, String yaml, String expectedMessage) {
        return Arguments.of(behaviour, yaml, expectedMessage);
    }

    @Test
    void reportsProblemsOfSeveralItemsAtOnce() {
        String yaml = outcome("", """
                  - {linkId: a, text: Item 1, type: choice, options: [{value: 0, label: A}, {value: 0, label: B}]}
                  - {linkId: b, text: Item 2, type: integer, min: 3, max: 1}
                """, SUM);
        assertThatThrownBy(() -> new InstrumentParser().parse(FILE, yaml))
                .isInstanceOfSatisfying(InstrumentValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        FILE + ": item 'a': option values must be unique ('0' repeats)",
                        FILE + ": item 'b': min must be less than max (min 3.0, max 1.0)"))
                .hasMessageStartingWith("2 problems in instrument files:");
    }
}
