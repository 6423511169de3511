package org.backroot.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The plan responds to check-ins and exposures logged through tracking's API. */
@BackrootAppTest
class AdaptationApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    static String checkIn(int pain, boolean flare) {
        return "{\"pain\":" + pain + ",\"stress\":3,\"sleepHours\":7,\"flare\":" + flare + "}";
    }

    @Test
    void aMarkedFlareSwitchesToCalmWithTheCauseRecordedAndAShorterPlan() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":30,\"daysPerWeek\":5}").andExpect(status().isOk());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated()).andExpect(jsonPath("$.phase").value("build"));
        LocalDate today = LocalDate.now();

        pat.put("/api/v1/checkins/{date}", checkIn(3, false), today.minusDays(1)).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan").andExpect(jsonPath("$.phase").value("build"));

        pat.put("/api/v1/checkins/{date}", checkIn(6, true), today).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan").andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("calm"))
                .andExpect(jsonPath("$.startsOn").value(today.toString()))
                .andExpect(jsonPath("$.minutesPerDay").value(15))
                .andExpect(jsonPath("$.days[*].minutes").value(everyItem(lessThanOrEqualTo(15))));
        pat.get("/api/v1/plan/phase-changes").andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].from").value("build"))
                .andExpect(jsonPath("$[0].to").value("calm"))
                .andExpect(jsonPath("$[0].date").value(today.toString()))
                .andExpect(jsonPath("$[0].cause").value(containsString("flare")));

        // The same check-in again changes nothing.
        pat.put("/api/v1/checkins/{date}", checkIn(6, true), today).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan/phase-changes").andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void oneDayTwoAboveTheUsualOnlyAsksButTwoDaysInARowSwitchToCalm() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        LocalDate today = LocalDate.now();
        for (int d = 5; d >= 2; d--) pat.put("/api/v1/checkins/{date}", checkIn(2, false), today.minusDays(d));
        pat.put("/api/v1/checkins/{date}", checkIn(5, false), today.minusDays(1)).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan").andExpect(jsonPath("$.phase").value("build"));
        pat.put("/api/v1/checkins/{date}", checkIn(5, false), today).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan").andExpect(jsonPath("$.phase").value("calm"));
        pat.get("/api/v1/plan/phase-changes").andExpect(jsonPath("$[0].cause").value(containsString("2 days in a row")));
    }

    @Test
    void checkInsWithoutAPlanChangeNothing() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.put("/api/v1/checkins/{date}", checkIn(8, true), LocalDate.now()).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan/phase-changes").andExpect(jsonPath("$.length()").value(0));
        pat.get("/api/v1/plan").andExpect(status().isNotFound());
    }

    @Test
    void aLoggedExposureMovesTheFearLadderAndShowsTheGap() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        String item = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Carrying the laundry basket\",\"fear\":60}"), "$.id");
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        pat.post("/api/v1/practice", "{\"activityId\":\"fear-ladder-step\",\"completed\":true,\"painDuring\":2,\"expectedPain\":7,"
                + "\"actualPain\":2,\"fearBefore\":60,\"fearAfter\":40,\"fearLadderItemId\":\"" + item + "\"}")
                .andExpect(status().isCreated());
        // the practice log has no harm prediction or outcome: the step waits and asks for them, nothing is defaulted
        pat.get("/api/v1/fear-ladder/{id}", item).andExpect(jsonPath("$.successes").value(0)).andExpect(jsonPath("$.lastFear").doesNotExist());
        String pending = ApiClient.read(pat.get("/api/v1/fear-ladder/exposures/pending"), "$[0].id");
        pat.get("/api/v1/fear-ladder/exposures/pending").andExpect(jsonPath("$[0].askAgain[0]").value("harmExpected"))
                .andExpect(jsonPath("$[0].askAgain[1]").value("harmHappened")).andExpect(jsonPath("$[0].fearAfter").value(40));
        pat.put("/api/v1/fear-ladder/exposures/pending/{id}", "{\"harmExpected\":70,\"harmHappened\":false}", pending)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("recorded"))
                .andExpect(jsonPath("$.outcome").value(containsString("It did not happen")));
        pat.get("/api/v1/fear-ladder/{id}", item).andExpect(jsonPath("$.successes").value(1)).andExpect(jsonPath("$.lastFear").value(40))
                .andExpect(jsonPath("$.advances").value(1));
        // logged without fear after: asked again
        pat.post("/api/v1/practice", "{\"activityId\":\"fear-ladder-step\",\"completed\":true,\"painDuring\":3,\"expectedPain\":5,"
                + "\"actualPain\":3,\"fearBefore\":40,\"fearLadderItemId\":\"" + item + "\"}")
                .andExpect(status().isCreated());
        pat.get("/api/v1/fear-ladder/exposures/pending").andExpect(jsonPath("$[0].askAgain").value(org.hamcrest.Matchers.hasItem("fearAfter")));
        pat.get("/api/v1/fear-ladder/{id}", item).andExpect(jsonPath("$.successes").value(1));
    }

    @Test
    void someoneElsesLadderItemInAPracticeEntryIsRefusedAsNotFoundAndTheirLadderIsUntouched() throws Exception {
        ApiClient ann = ProgramPeople.cleared(mvc, catalog);
        ApiClient ben = ProgramPeople.cleared(mvc, catalog);
        String item = ApiClient.read(ann.post("/api/v1/fear-ladder", "{\"activity\":\"Running\",\"fear\":60}"), "$.id");
        ben.post("/api/v1/practice", "{\"activityId\":\"fear-ladder-step\",\"completed\":true,\"painDuring\":2,\"expectedPain\":7,"
                + "\"actualPain\":2,\"fearLadderItemId\":\"" + item + "\"}").andExpect(status().isNotFound());
        ben.post("/api/v1/practice", "{\"activityId\":\"fear-ladder-step\",\"completed\":true,\"painDuring\":2,\"expectedPain\":7,"
                + "\"actualPain\":2,\"fearLadderItemId\":\"no-such-item\"}").andExpect(status().isNotFound());
        ann.get("/api/v1/fear-ladder/{id}", item).andExpect(jsonPath("$.successes").value(0));
        ben.get("/api/v1/practice").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theCatalogKnowsLibraryActivitiesAndTheOwnWordsStep() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.post("/api/v1/practice", "{\"activityId\":\"no-such-activity\",\"completed\":true,\"painDuring\":2}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("activityId")));
    }
}
