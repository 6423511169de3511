package org.backroot.tracking;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@BackrootAppTest
class PracticeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    ObjectProvider<ActivityCatalog> catalog;

    @Autowired
    InstrumentCatalog instruments;

    LocalDate today;
    String activity;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        activity = "breath-diaphragm-lying"; // in the shipped library
    }

    private ResultActions postWithKey(ApiClient person, String json, String key) throws Exception {
        return mvc.perform(post("/api/v1/practice").header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void logsPracticeWith201AndListsItByDate() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        String id = ApiClient.read(pat.post("/api/v1/practice", "{\"date\":\"" + today.minusDays(1) + "\",\"activityId\":\"" + activity
                        + "\",\"completed\":true,\"painDuring\":2,\"note\":\"calm\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/v1/practice/")))
                .andExpect(jsonPath("$.activityId").value(activity))
                .andExpect(jsonPath("$.painDuring").value(2))
                .andExpect(jsonPath("$.expectedPain").isEmpty())
                .andExpect(jsonPath("$.recordedAt").isString()), "$.id");
        String step = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Carrying the shopping\",\"fear\":60}"), "$.id");
        pat.post("/api/v1/practice", "{\"activityId\":\"" + activity + "\",\"completed\":true,\"painDuring\":1,"
                        + "\"expectedPain\":6,\"actualPain\":1,\"fearBefore\":70,\"fearAfter\":40,\"fearLadderItemId\":\"" + step + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.date").value(today.toString()))
                .andExpect(jsonPath("$.fearLadderItemId").value(step));
        pat.get("/api/v1/practice").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[1].actualPain").value(1));
        pat.get("/api/v1/practice?from={d}&to={d}", today, today).andExpect(jsonPath("$.length()").value(1));
        pat.get("/api/v1/practice/{id}", id).andExpect(status().isOk()).andExpect(jsonPath("$.note").value("calm"));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheOriginalWith200AndLogsNothingNew() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        String key = UUID.randomUUID().toString();
        String json = "{\"activityId\":\"" + activity + "\",\"completed\":true,\"painDuring\":3}";
        String id = ApiClient.read(postWithKey(pat, json, key).andExpect(status().isCreated()), "$.id");
        postWithKey(pat, json, key).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        postWithKey(pat, json.replace("\"painDuring\":3", "\"painDuring\":4"), key).andExpect(status().isConflict());
        pat.get("/api/v1/practice").andExpect(jsonPath("$.length()").value(1));

        ApiClient ben = RedFlagScreens.clearedPerson(mvc, instruments); // keys are per person
        postWithKey(ben, json, key).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(org.hamcrest.Matchers.not(id)));
    }

    @Test
    void badInputIs400NamingTheField() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        pat.post("/api/v1/practice", "{\"activityId\":\"\",\"completed\":true,\"painDuring\":11,\"fearBefore\":101,\"date\":\"" + today.plusDays(1) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("activityId", "painDuring", "fearBefore", "date")));
        pat.post("/api/v1/practice", "{\"activityId\":\"" + activity + "\",\"completed\":true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("painDuring"));
        postWithKey(pat, "{\"activityId\":\"" + activity + "\",\"completed\":false}", "has spaces in it")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        pat.get("/api/v1/practice?from=soon").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        pat.get("/api/v1/practice").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anUnknownActivityIs400WhenTheLibraryIsAvailable() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        ResultActions result = pat.post("/api/v1/practice", "{\"activityId\":\"no-such-activity\",\"completed\":false}");
        if (catalog.getIfAvailable() != null) {
            result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("activityId"));
        } else {
            result.andExpect(status().isCreated()); // without the program module any non-blank id is accepted
        }
    }

    @Test
    void anotherPersonsPracticeIsNotFoundAndNotListed() throws Exception {
        ApiClient ann = RedFlagScreens.clearedPerson(mvc, instruments);
        ApiClient ben = RedFlagScreens.clearedPerson(mvc, instruments);
        String id = ApiClient.read(ann.post("/api/v1/practice", "{\"activityId\":\"" + activity + "\",\"completed\":false}")
                .andExpect(status().isCreated()), "$.id");
        ben.get("/api/v1/practice/{id}", id).andExpect(status().isNotFound());
        ben.get("/api/v1/practice/{id}", "nope").andExpect(status().isNotFound());
        ben.get("/api/v1/practice").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void practiceWaitsWith409WhileTheProgramIsPausedForSafetyAsOnThePage() throws Exception {
        ApiClient unscreened = ApiClient.newPerson(mvc);
        unscreened.post("/api/v1/practice", "{\"activityId\":\"" + activity + "\",\"completed\":true,\"painDuring\":2}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("Program paused for your safety"));

        ApiClient flagged = ApiClient.newPerson(mvc);
        flagged.post("/api/v1/responses", RedFlagScreens.json(instruments, java.util.Map.of("saddle-numbness", "yes")))
                .andExpect(status().isCreated());
        flagged.post("/api/v1/practice", "{\"activityId\":\"" + activity + "\",\"completed\":true,\"painDuring\":2}")
                .andExpect(status().isConflict());
        flagged.get("/api/v1/practice").andExpect(jsonPath("$.length()").value(0));
    }
}
