package org.backroot.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each bad input the hardening probe found, as an example: control characters in text (NUL broke PostgreSQL with a
 * 500) and dates far outside any real life (-999999999-01-01 was stored on SQLite). Run on both databases.
 */
abstract class BadInputApiContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog instruments;

    @Test
    void aNulInAFearLadderActivityIsA400NamingTheActivity() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        pat.post("/api/v1/fear-ladder", "{\"activity\":\"Tying my\\u0000shoes\",\"fear\":40}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("activity"));
        pat.get("/api/v1/fear-ladder").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aControlCharacterDeepInsideABodyIsNamedByItsPath() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", "{\"instrumentId\":\"red-flags\",\"answers\":{\"night-pain\":\"no\\u0007\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.night-pain"));
    }

    @Test
    void aCorrectionNoteWithAnEscapeCharacterIsRefused() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/safety/corrections", "{\"item\":\"night-pain\",\"note\":\"\\u001b[31mred\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
    }

    @Test
    void aSelfTestDatedInTheYearMinusOneBillionIsRefusedNotStored() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        pat.post("/api/v1/self-tests", "{\"takenOn\":\"-999999999-01-01\",\"breathHoldSec\":25}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("takenOn"));
        pat.post("/api/v1/self-tests", "{\"takenOn\":\"1899-12-31\",\"breathHoldSec\":25}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("takenOn"));
        pat.get("/api/v1/self-tests").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aClinicianAssessmentBefore1900IsRefused() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"1899-12-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"-999999999-01-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
    }

    @Test
    void anExposureDatedInTheYearMinusOneBillionIsRefused() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        String id = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Carrying a bag to the car\",\"fear\":60}")
                .andExpect(status().isCreated()), "$.id");
        pat.post("/api/v1/fear-ladder/{id}/exposures", "{\"date\":\"-999999999-01-01\",\"harmExpected\":60,\"fearBefore\":50,"
                        + "\"harmHappened\":false,\"fearAfter\":30}", id)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void aCheckInListFromTheYearMinusOneBillionNamesFrom() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/checkins?from=-999999999-01-01&to=-999999999-01-05")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
