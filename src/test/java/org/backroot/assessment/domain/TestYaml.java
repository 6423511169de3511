package org.backroot.assessment.domain;

/** Small YAML documents for parser tests: a valid frame around the part under test. */
final class TestYaml {

    private TestYaml() {
    }

    /** A screening instrument with the given items block (indented by two spaces). */
    static String screening(String items) {
        return """
                id: test
                version: 1
                title: Test
                purpose: screening
                intro: Intro.
                source: Test.
                items:
                """ + items;
    }

    /** An outcome instrument: top-level lines, an items block and a scoring block. */
    static String outcome(String extraTop, String items, String scoring) {
        return """
                id: test
                version: 1
                title: Test
                purpose: outcome
                intro: Intro.
                source: Test.
                """ + extraTop + "items:\n" + items + (scoring.isEmpty() ? "" : "scoring:\n" + scoring);
    }

    static final String TWO_SCORED_ITEMS = """
              - {linkId: q1, text: Item 1, type: choice, options: [{value: 0, label: No}, {value: 1, label: Yes}]}
              - {linkId: q2, text: Item 2, type: integer, min: 0, max: 10}
            """;

    static final String SUM = "  method: sum\n";
}
