package org.backroot.safety;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class SafetyApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    /** A red-flag screen answered "no" everywhere (or the first, least worrying option), with some answers overridden. */
    String screen(Map<String, String> overrides) {
        return RedFlagScreens.json(catalog, overrides);
    }


    @Test
    void notScreenedMeansNoProgram() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/safety").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("not-screened"))
                .andExpect(jsonPath("$.programAllowed").value(false))
                .andExpect(jsonPath("$.reasons.length()").value(0))
                .andExpect(jsonPath("$.screenedAt").doesNotExist());
    }

    @Test
    void aCalmScreenIsClearAndAllowsTheProgram() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of())).andExpect(status().isCreated()).andExpect(jsonPath("$.band").value("clear"));
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("clear"))
                .andExpect(jsonPath("$.programAllowed").value(true))
                .andExpect(jsonPath("$.screenedAt").isString());
    }

    @Test
    void bladderChangeIsAnEmergencyThatLocksTheProgramUntilAClinicianHasSeenThePerson() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("bladder-change", "yes"))).andExpect(jsonPath("$.band").value("emergency"));
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("emergency"))
                .andExpect(jsonPath("$.programAllowed").value(false))
                .andExpect(jsonPath("$.reasons[*].item").value(hasItem("bladder-change")))
                .andExpect(jsonPath("$.instructions").isString());

        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programAllowed").value(true))
                .andExpect(jsonPath("$.clinicianCleared").value(true));
    }

    @Test
    void notSureAboutAnEmergencySignStillAsksForADoctor() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("saddle-numbness", "unsure"))).andExpect(status().isCreated());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("see-doctor", "urgent")))
                .andExpect(jsonPath("$.reasons[*].item").value(hasItem("saddle-numbness")));
    }

    @Test
    void rejectsAFutureOrMissingAssessmentDate() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"" + LocalDate.now().plusDays(3) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        pat.post("/api/v1/safety/clinician-assessment", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"yesterday\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
    }

    @Test
    void aRedFlagScreenWithAMissingAnswerIsRefused() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", "{\"instrumentId\":\"red-flags\",\"answers\":{\"bladder-change\":\"no\"}}")
                .andExpect(status().isBadRequest());
    }
}
