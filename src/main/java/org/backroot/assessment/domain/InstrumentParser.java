package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns one instrument YAML file into a validated {@link Instrument}, or throws an
 * {@link InstrumentValidationException} listing every problem found, each naming the file and the item.
 */
public final class InstrumentParser {

    private static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "purpose", "factor", "intro",
            "recallPeriod", "source", "licence", "higherIsBetter", "items", "scoring", "short", "gateways");
    private static final Set<String> GATEWAY_KEYS = Set.of("id", "text", "help", "items");

    public Instrument parse(String sourceName, String yamlText) {
        if (sourceName == null || sourceName.isBlank()) throw new IllegalArgumentException("sourceName must not be blank");
        List<String> problems = new ArrayList<>();
        Instrument instrument = parseInto(sourceName, yamlText, problems);
        if (!problems.isEmpty()) throw new InstrumentValidationException(problems);
        return instrument;
    }

    private Instrument parseInto(String sourceName, String yamlText, List<String> problems) {
        Object document;
        try {
            document = InstrumentYamlLoader.load(yamlText == null ? "" : yamlText);
        } catch (IllegalArgumentException e) {
            problems.add(sourceName + ": " + e.getMessage());
            return null;
        }
        InstrumentYamlMap root = InstrumentYamlMap.of(document, sourceName, problems);
        if (root == null) return null;
        root.rejectKeysOtherThan(TOP_KEYS);
        List<Item> items = new InstrumentItemParser().parseItems(root, problems);
        Scoring scoring = root.has("scoring") ? new InstrumentScoringParser().parse(root.raw("scoring"), sourceName, problems) : null;
        return build(root, items, scoring, problems);
    }

    private Instrument build(InstrumentYamlMap root, List<Item> items, Scoring scoring, List<String> problems) {
        String id = root.requiredText("id");
        Integer version = root.integer("version");
        if (version == null && !root.has("version")) root.problem("version is required");
        String title = root.requiredText("title");
        InstrumentPurpose purpose = purpose(root);
        String factor = root.text("factor");
        String intro = root.requiredText("intro");
        String recallPeriod = root.text("recallPeriod");
        String source = root.requiredText("source");
        String licence = root.text("licence");
        boolean higherIsBetter = root.flag("higherIsBetter", false);
        List<String> shortItems = root.has("short") ? root.textList("short") : List.of();
        List<Gateway> gateways = gateways(root);
        if (!problems.isEmpty()) return null;
        try {
            return new Instrument(id, version, title, purpose, factor, intro, recallPeriod, source, licence,
                    higherIsBetter, items, scoring, shortItems, gateways, null);
        } catch (IllegalArgumentException e) {
            root.problem(e.getMessage());
            return null;
        }
    }

    private static List<Gateway> gateways(InstrumentYamlMap root) {
        if (!root.has("gateways")) return List.of();
        List<Gateway> gateways = new ArrayList<>();
        List<Object> raw = root.list("gateways");
        for (int i = 0; i < raw.size(); i++) {
            InstrumentYamlMap gateway = root.child(raw.get(i), root.where() + ": gateway #" + (i + 1));
            if (gateway == null) continue;
            gateway.rejectKeysOtherThan(GATEWAY_KEYS);
            try {
                gateways.add(new Gateway(gateway.requiredText("id"), gateway.requiredText("text"), gateway.text("help"), gateway.textList("items")));
            } catch (IllegalArgumentException e) {
                gateway.problem(e.getMessage());
            }
        }
        return gateways;
    }

    private static InstrumentPurpose purpose(InstrumentYamlMap root) {
        String name = root.requiredText("purpose");
        if (name == null) return null;
        try {
            return InstrumentPurpose.fromJsonName(name);
        } catch (IllegalArgumentException e) {
            root.problem(e.getMessage());
            return null;
        }
    }
}
