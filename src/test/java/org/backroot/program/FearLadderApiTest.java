package org.backroot.program;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class FearLadderApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Test
    void addsListsLowestFearFirstUpdatesAndDeletes() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        String lift = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"  Lifting a bag of shopping \",\"fear\":70}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.activity").value("Lifting a bag of shopping"))
                .andExpect(jsonPath("$.fear").value(70)), "$.id");
        String bend = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Bending to tie my shoes\",\"fear\":30}"), "$.id");

        pat.get("/api/v1/fear-ladder").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(bend))
                .andExpect(jsonPath("$[0].current").value(true))
                .andExpect(jsonPath("$[1].id").value(lift))
                .andExpect(jsonPath("$[1].current").value(false));

        pat.put("/api/v1/fear-ladder/{id}", "{\"activity\":\"Lifting a light bag\",\"fear\":20}", lift).andExpect(status().isOk())
                .andExpect(jsonPath("$.activity").value("Lifting a light bag")).andExpect(jsonPath("$.fear").value(20))
                .andExpect(jsonPath("$.current").value(true));
        pat.get("/api/v1/fear-ladder/{id}", lift).andExpect(jsonPath("$.fear").value(20));

        pat.delete("/api/v1/fear-ladder/{id}", lift).andExpect(status().isNoContent());
        pat.delete("/api/v1/fear-ladder/{id}", lift).andExpect(status().isNotFound());
        pat.get("/api/v1/fear-ladder").andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void badItemsNameTheFields() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.post("/api/v1/fear-ladder", "{\"activity\":\"\",\"fear\":101}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("activity", "fear")));
        pat.post("/api/v1/fear-ladder", "{\"activity\":\"" + "x".repeat(121) + "\",\"fear\":-1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("activity", "fear")));
        pat.post("/api/v1/fear-ladder", "{\"activity\":\"Running\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fear"));
        pat.post("/api/v1/fear-ladder", "{\"activity\":\"Running\",\"fear\":\"very\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fear"));
        pat.post("/api/v1/fear-ladder", "{\"activity\":\"" + "x".repeat(120) + "\",\"fear\":0}").andExpect(status().isCreated());
        String id = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Running\",\"fear\":100}"), "$.id");
        pat.put("/api/v1/fear-ladder/{id}", "{\"activity\":\" \",\"fear\":50}", id).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activity"));
    }

    @Test
    void anotherPersonsItemIsNotFound() throws Exception {
        ApiClient ann = ProgramPeople.cleared(mvc, catalog);
        ApiClient ben = ProgramPeople.cleared(mvc, catalog);
        String id = ApiClient.read(ann.post("/api/v1/fear-ladder", "{\"activity\":\"Running\",\"fear\":60}"), "$.id");
        ben.get("/api/v1/fear-ladder/{id}", id).andExpect(status().isNotFound());
        ben.put("/api/v1/fear-ladder/{id}", "{\"activity\":\"Mine now\",\"fear\":1}", id).andExpect(status().isNotFound());
        ben.delete("/api/v1/fear-ladder/{id}", id).andExpect(status().isNotFound());
        ben.get("/api/v1/fear-ladder").andExpect(jsonPath("$.length()").value(0));
        ann.get("/api/v1/fear-ladder/{id}", id).andExpect(jsonPath("$.activity").value("Running")).andExpect(jsonPath("$.fear").value(60));
        ben.get("/api/v1/fear-ladder/{id}", "not-an-id").andExpect(status().isNotFound());
    }

    @Test
    void isAConflictWithoutAScreenAndWithAnUrgentOne() throws Exception {
        ApiClient unscreened = ApiClient.newPerson(mvc);
        unscreened.get("/api/v1/fear-ladder").andExpect(status().isConflict());
        unscreened.post("/api/v1/fear-ladder", "{\"activity\":\"Running\",\"fear\":60}").andExpect(status().isConflict());
        ApiClient urgent = ProgramPeople.urgent(mvc, catalog);
        urgent.get("/api/v1/fear-ladder").andExpect(status().isConflict()).andExpect(jsonPath("$.detail").isString());
        urgent.post("/api/v1/fear-ladder", "{\"activity\":\"Running\",\"fear\":60}").andExpect(status().isConflict());
        urgent.put("/api/v1/fear-ladder/{id}", "{\"activity\":\"Running\",\"fear\":60}", "x").andExpect(status().isConflict());
        urgent.delete("/api/v1/fear-ladder/{id}", "x").andExpect(status().isConflict());
    }

    @Test
    void aStepIsAnExperimentPredictionFirstThenWhatHappenedAskedAgainUntilGiven() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        String bend = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Bending to tie my shoes\",\"fear\":60}"), "$.id");

        pat.post("/api/v1/fear-ladder/{id}/exposures", "{\"fearBefore\":60}", bend).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("harmExpected"));
        pat.post("/api/v1/fear-ladder/{id}/exposures", "{\"harmExpected\":120,\"fearBefore\":60,\"harmHappened\":\"maybe\"}", bend)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItems("harmExpected", "harmHappened")));

        pat.post("/api/v1/fear-ladder/{id}/exposures", "{\"harmExpected\":70,\"fearBefore\":60}", bend).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("waiting"))
                .andExpect(jsonPath("$.askAgain").value(hasItems("harmHappened", "fearAfter")));
        String pending = ApiClient.read(pat.get("/api/v1/fear-ladder/exposures/pending"), "$[0].id");

        // what happened, without fear after: still waiting, never defaulted
        pat.put("/api/v1/fear-ladder/exposures/pending/{id}", "{\"harmHappened\":false}", pending).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("waiting")).andExpect(jsonPath("$.askAgain[0]").value("fearAfter"));
        pat.get("/api/v1/fear-ladder/{id}", bend).andExpect(jsonPath("$.successes").value(0));
        pat.put("/api/v1/fear-ladder/exposures/pending/{id}", "{}", pending).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fearAfter"));
        pat.put("/api/v1/fear-ladder/exposures/pending/{id}", "{\"fearAfter\":101}", pending).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fearAfter"));

        pat.put("/api/v1/fear-ladder/exposures/pending/{id}", "{\"fearAfter\":45}", pending).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("recorded"))
                .andExpect(jsonPath("$.outcome").value(org.hamcrest.Matchers.startsWith("You thought it was 70 % likely")));
        pat.get("/api/v1/fear-ladder/{id}", bend).andExpect(jsonPath("$.successes").value(1)).andExpect(jsonPath("$.advances").value(1))
                .andExpect(jsonPath("$.lastFear").value(45));
        pat.get("/api/v1/fear-ladder/exposures/pending").andExpect(jsonPath("$.length()").value(0));
        pat.put("/api/v1/fear-ladder/exposures/pending/{id}", "{\"fearAfter\":45}", pending).andExpect(status().isNotFound());
    }

    @Test
    void wordsThatMatchNoTemplateSurelyAskThePersonToPickOne() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.post("/api/v1/fear-ladder", "{\"activity\":\"Bending to tie my shoes\",\"fear\":40}")
                .andExpect(jsonPath("$.template").value("bend")).andExpect(jsonPath("$.needsTemplateChoice").value(false));
        String unsure = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Carrying a bag to the car\",\"fear\":50}")
                .andExpect(jsonPath("$.template").doesNotExist()).andExpect(jsonPath("$.needsTemplateChoice").value(true)), "$.id");

        pat.put("/api/v1/fear-ladder/{id}", "{\"activity\":\"Carrying a bag to the car\",\"fear\":50,\"template\":\"swim\"}", unsure)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("template"));
        pat.put("/api/v1/fear-ladder/{id}", "{\"activity\":\"Carrying a bag to the car\",\"fear\":50,\"template\":\"lift\"}", unsure)
                .andExpect(status().isOk()).andExpect(jsonPath("$.template").value("lift"))
                .andExpect(jsonPath("$.needsTemplateChoice").value(false));
    }
}
