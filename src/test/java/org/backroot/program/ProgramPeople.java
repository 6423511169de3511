package org.backroot.program;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Collectors;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.backroot.testing.ApiClient;
import org.springframework.test.web.servlet.MockMvc;

/** People for the program's tests: registered through the API, with a red-flag screen answered. */
final class ProgramPeople {

    private ProgramPeople() {
    }

    /** A red-flag screen answered "no" everywhere (or the least worrying option), with some answers overridden. */
    static String screen(InstrumentCatalog catalog, Map<String, String> overrides) {
        String answers = catalog.get("red-flags").items().stream()
                .map(i -> "\"" + i.linkId() + "\":\"" + overrides.getOrDefault(i.linkId(), calmAnswer(i)) + "\"")
                .collect(Collectors.joining(","));
        return "{\"instrumentId\":\"red-flags\",\"answers\":{" + answers + "}}";
    }

    static String calmAnswer(Item item) {
        return item.option("no").isPresent() ? "no" : item.option("20-34").isPresent() ? "20-34" : item.options().get(0).value().toString();
    }

    /** A person whose red-flag screen is clear, so the program is allowed. */
    static ApiClient cleared(MockMvc mvc, InstrumentCatalog catalog) throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(catalog, Map.of())).andExpect(status().isCreated());
        return pat;
    }

    /** A person whose screen found an urgent sign (a foot that drops). */
    static ApiClient urgent(MockMvc mvc, InstrumentCatalog catalog) throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(catalog, Map.of("foot-drop", "yes"))).andExpect(status().isCreated());
        return pat;
    }
}
