package org.backroot.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the {@code items:} list of an instrument file; see {@link InstrumentParser}. */
final class InstrumentItemParser {

    private static final Set<String> ITEM_KEYS = Set.of("linkId", "text", "help", "facet", "type", "required",
            "options", "min", "max", "minLabel", "maxLabel", "reversed", "weight", "scored", "redFlags", "rates");
    private static final Set<String> OPTION_KEYS = Set.of("value", "label", "points");
    private static final Set<String> RED_FLAG_KEYS = Set.of("condition", "role", "outcome", "raisedBy", "message", "kind",
            "unsureCounts");

    List<Item> parseItems(InstrumentYamlMap root, List<String> problems) {
        if (!root.has("items")) {
            root.problem("items is required");
            return List.of();
        }
        List<Object> rawItems = root.list("items");
        List<Item> items = new ArrayList<>();
        for (int index = 0; index < rawItems.size(); index++) {
            Item item = parseItem(rawItems.get(index), root.where(), index + 1, problems);
            if (item != null) items.add(item);
        }
        return items;
    }

    private Item parseItem(Object raw, String file, int position, List<String> problems) {
        Object rawLinkId = raw instanceof java.util.Map<?, ?> map ? map.get("linkId") : null;
        String where = rawLinkId instanceof String linkId && !linkId.isBlank() ? "item '" + linkId.trim() + "'" : "item #" + position;
        int before = problems.size();
        InstrumentYamlMap item = InstrumentYamlMap.of(raw, file + ": " + where, problems);
        if (item == null) return null;
        String linkId = item.text("linkId");
        item.rejectKeysOtherThan(ITEM_KEYS);
        item.requiredText("linkId");
        ItemType type = type(item);
        List<AnswerOption> options = options(item);
        List<RedFlagSpec> redFlags = redFlags(item);
        boolean scoredByDefault = type != null && defaultScored(type, options);
        Item parsed = null;
        if (problems.size() == before) {
            try {
                parsed = new Item(linkId, item.text("text"), item.text("help"), item.text("facet"), type,
                        item.flag("required", true), options, item.number("min"), item.number("max"),
                        item.text("minLabel"), item.text("maxLabel"), item.flag("reversed", false),
                        weight(item), item.flag("scored", scoredByDefault), redFlags, item.text("rates"));
            } catch (IllegalArgumentException e) {
                item.problem(e.getMessage());
            }
        }
        return problems.size() == before ? parsed : null;
    }

    private static boolean defaultScored(ItemType type, List<AnswerOption> options) {
        if (type.isNumericScale()) return true;
        return type == ItemType.CHOICE && !options.isEmpty() && options.stream().allMatch(AnswerOption::hasPoints);
    }

    private static double weight(InstrumentYamlMap item) {
        Double weight = item.number("weight");
        return weight == null ? 1.0 : weight;
    }

    private static ItemType type(InstrumentYamlMap item) {
        String name = item.requiredText("type");
        if (name == null) return null;
        try {
            return ItemType.fromJsonName(name);
        } catch (IllegalArgumentException e) {
            item.problem(e.getMessage());
            return null;
        }
    }

    private static List<AnswerOption> options(InstrumentYamlMap item) {
        List<AnswerOption> options = new ArrayList<>();
        for (Object raw : item.list("options")) {
            InstrumentYamlMap option = item.child(raw, item.where() + ": option");
            if (option == null) continue;
            option.rejectKeysOtherThan(OPTION_KEYS);
            Object value = optionValue(item, option.raw("value"));
            try {
                if (value != null) options.add(new AnswerOption(value, option.text("label"), option.integer("points")));
            } catch (IllegalArgumentException e) {
                item.problem(e.getMessage());
            }
        }
        return options;
    }

    private static Object optionValue(InstrumentYamlMap item, Object value) {
        if (value instanceof Integer || value instanceof String) return value;
        if (value == null) item.problem("every option needs a value");
        else if (value instanceof Boolean) item.problem("option value " + value + " must be an integer or a string; write \"yes\"/\"no\" codes as text");
        else item.problem("option value '" + value + "' must be a whole number or a string");
        return null;
    }

    private static List<RedFlagSpec> redFlags(InstrumentYamlMap item) {
        List<RedFlagSpec> specs = new ArrayList<>();
        for (Object raw : item.list("redFlags")) {
            InstrumentYamlMap flag = item.child(raw, item.where() + ": red flag");
            if (flag == null) continue;
            flag.rejectKeysOtherThan(RED_FLAG_KEYS);
            RedFlagSpec spec = redFlag(flag);
            if (spec != null) specs.add(spec);
        }
        return specs;
    }

    private static RedFlagSpec redFlag(InstrumentYamlMap flag) {
        String condition = flag.requiredText("condition");
        String role = flag.text("role");
        List<Object> raisedBy = flag.has("raisedBy") ? flag.list("raisedBy") : List.of("yes");
        try {
            String kind = flag.text("kind");
            return new RedFlagSpec(condition, role == null ? RedFlagSpec.Role.SIGN : RedFlagSpec.Role.fromJsonName(role),
                    flag.text("outcome"), raisedBy, flag.text("message"),
                    kind == null ? RedFlagSpec.Kind.SYMPTOM : RedFlagSpec.Kind.fromJsonName(kind), flag.flag("unsureCounts", false));
        } catch (IllegalArgumentException e) {
            flag.problem(e.getMessage());
            return null;
        }
    }
}
