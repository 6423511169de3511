package org.backroot.testing;

import java.util.Map;
import java.util.stream.Collectors;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.springframework.test.web.servlet.MockMvc;

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

    /** A new person whose red-flag screen is clear, so the program and movement checks are open. */
    public static ApiClient clearedPerson(MockMvc mvc, InstrumentCatalog catalog) throws Exception {
        ApiClient person = ApiClient.newPerson(mvc);
        person.post("/api/v1/responses", json(catalog, Map.of()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
        return person;
    }

    /** "No" where the item has it, an onset age of 20-34, else the first option. */
    public static String calmAnswer(Item item) {
        return item.option("no").isPresent() ? "no" : item.option("20-34").isPresent() ? "20-34" : item.options().get(0).value().toString();
    }
}
