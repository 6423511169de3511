package org.backroot.program;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.springframework.test.web.servlet.MockMvc;

/** People for the program's tests: registered through the API, with a red-flag screen answered. */
final class ProgramPeople {

    private ProgramPeople() {
    }

    /** A red-flag screen answered "no" everywhere (or the least worrying option), with some answers overridden. */
    static String screen(InstrumentCatalog catalog, Map<String, String> overrides) {
        return RedFlagScreens.json(catalog, overrides);
    }


    /** A person whose red-flag screen is clear, so the program is allowed. */
    static ApiClient cleared(MockMvc mvc, InstrumentCatalog catalog) throws Exception {
        return RedFlagScreens.clearedPerson(mvc, catalog);
    }

    /** A person whose screen found an urgent sign (a foot that drops). */
    static ApiClient urgent(MockMvc mvc, InstrumentCatalog catalog) throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(catalog, Map.of("foot-drop", "yes"))).andExpect(status().isCreated());
        return pat;
    }
}
