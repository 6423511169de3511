package org.backroot.testing;

import java.util.Map;
import java.util.stream.Collectors;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;

/** Red-flag screens for tests: answered "no" everywhere (or the least worrying option), some answers overridden. */
public final class RedFlagScreens {

    private RedFlagScreens() {
    }

    /** The body of {@code POST /api/v1/responses} for the screen. */
    public static String json(InstrumentCatalog catalog, Map<String, String> overrides) {
        String answers = catalog.get("red-flags").items().stream()
                .map(i -> "\"" + i.linkId() + "\":\"" + overrides.getOrDefault(i.linkId(), calmAnswer(i)) + "\"")
                .collect(Collectors.joining(","));
        return "{\"instrumentId\":\"red-flags\",\"answers\":{" + answers + "}}";
    }

    /** "No" where the item has it, an onset age of 20-34, else the first option. */
    public static String calmAnswer(Item item) {
        return item.option("no").isPresent() ? "no" : item.option("20-34").isPresent() ? "20-34" : item.options().get(0).value().toString();
    }
}
