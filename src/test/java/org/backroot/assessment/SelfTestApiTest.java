package org.backroot.assessment;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class SelfTestApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Test
    void recordsASubsetOfTestsAndAnswersWithFindings() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"takenOn\":\"2026-11-20\",\"kneeToWallCmLeft\":6,\"kneeToWallCmRight\":11.5,\"breathHoldSec\":15}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.findings[*].test").value(hasItems("knee-to-wall", "breath-hold")))
                .andExpect(jsonPath("$.findings[?(@.test=='knee-to-wall' && @.side=='left')].flag").value(hasItem("restricted")))
                .andExpect(jsonPath("$.findings[0].note").isString());
        pat.get("/api/v1/self-tests").andExpect(jsonPath("$[0].takenOn").value("2026-11-20"))
                .andExpect(jsonPath("$[0].measurements.kneeToWallCmLeft").value(6.0));
    }

    @Test
    void rejectsKneeToWallAboveTwentyCmNamingTheField() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":25}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kneeToWallCmLeft"));
    }

    @Test
    void rejectsWrongTypesUnknownFieldsAndFutureDatesAllAtOnce() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"takenOn\":\"2999-01-01\",\"thomasTestLeft\":\"maybe\",\"breathHoldSec\":\"long\",\"bogus\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("takenOn", "thomasTestLeft", "breathHoldSec", "bogus")));
        pat.post("/api/v1/self-tests", "{}").andExpect(status().isBadRequest());
        pat.post("/api/v1/self-tests", "[1,2]").andExpect(status().isBadRequest());
    }

    @Test
    void selfTestsOfOnePersonAreInvisibleToAnother() throws Exception {
        ApiClient ann = RedFlagScreens.clearedPerson(mvc, catalog);
        ApiClient ben = RedFlagScreens.clearedPerson(mvc, catalog);
        ann.post("/api/v1/self-tests", "{\"toeTouchCm\":12}").andExpect(status().isCreated());
        ben.get("/api/v1/self-tests").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void movementChecksWaitForTheSafetyScreenAndForAClinicianAfterAnUrgentSignButBreathingDoesNot() throws Exception {
        ApiClient unscreened = ApiClient.newPerson(mvc);
        unscreened.post("/api/v1/self-tests", "{\"toeTouchCm\":12}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Movement checks are paused for your safety"));
        unscreened.post("/api/v1/self-tests", "{\"breathHoldSec\":25}").andExpect(status().isCreated());

        ApiClient urgent = ApiClient.newPerson(mvc);
        urgent.post("/api/v1/responses", RedFlagScreens.json(catalog, java.util.Map.of("foot-drop", "yes"))).andExpect(status().isCreated());
        urgent.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":9,\"kneeToWallCmRight\":9}").andExpect(status().isConflict());
        urgent.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":25}").andExpect(status().isBadRequest());
        urgent.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"" + java.time.LocalDate.now() + "\"}").andExpect(status().isOk());
        urgent.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":9,\"kneeToWallCmRight\":9}").andExpect(status().isCreated());
        urgent.get("/api/v1/self-tests").andExpect(jsonPath("$.length()").value(1));
    }
}
