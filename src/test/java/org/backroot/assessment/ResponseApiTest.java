package org.backroot.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class ResponseApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryInstrumentWithPurposeAndItemCount() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/instruments").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItems(
                        "movement", "stress", "posture", "inflammation", "fear", "breathing", "pain", "peg", "psfs")))
                .andExpect(jsonPath("$[?(@.id=='stress')].purpose").value(hasItem("factor")))
                .andExpect(jsonPath("$[?(@.id=='stress')].factor").value(hasItem("stress")))
                .andExpect(jsonPath("$[?(@.id=='pain')].purpose").value(hasItem("outcome")))
                .andExpect(jsonPath("$[?(@.id=='stress')].itemCount").value(hasItem(greaterThanOrEqualTo(6))));
    }

    @Test
    void describesAnInstrumentWithItemsAndOptions() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/instruments/pain").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].linkId").value("pain-now"))
                .andExpect(jsonPath("$.items[0].type").value("integer"))
                .andExpect(jsonPath("$.items[0].min").value(0.0))
                .andExpect(jsonPath("$.items[0].max").value(10.0));
        pat.get("/api/v1/instruments/stress").andExpect(jsonPath("$.items[0].options[0].value").value(0))
                .andExpect(jsonPath("$.items[0].options[0].label").isString());
        pat.get("/api/v1/instruments/nope").andExpect(status().isNotFound());
    }

    @Test
    void scoresAndStoresAResponseAndListsItNewestFirst() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":3,\"pain-average-week\":4,\"pain-worst-week\":8}}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.instrumentId").value("pain"))
                .andExpect(jsonPath("$.completedAt").isString())
                .andExpect(jsonPath("$.score").value(5.0))
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.subscores").isMap());
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":1,\"pain-average-week\":1,\"pain-worst-week\":1}}")
                .andExpect(status().isCreated());
        pat.get("/api/v1/responses?instrumentId=pain").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].score").value(1.0));
    }

    @Test
    void namesTheFieldForUnknownInstrumentLinkIdTypeAndRange() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", "{\"instrumentId\":\"nope\",\"answers\":{}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("instrumentId"));
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":11,\"pain-average-week\":\"lots\",\"bogus\":1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems(
                        "answers.pain-now", "answers.pain-average-week", "answers.bogus")));
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answers"));
        pat.get("/api/v1/responses?instrumentId=nope").andExpect(status().isBadRequest());
    }

    @Test
    void anotherPersonsResponseIsNotFound() throws Exception {
        ApiClient ann = ApiClient.newPerson(mvc);
        ApiClient ben = ApiClient.newPerson(mvc);
        String id = ApiClient.read(ann.post("/api/v1/responses",
                "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":3,\"pain-average-week\":4,\"pain-worst-week\":8}}"), "$.id");
        ann.get("/api/v1/responses/{id}", id).andExpect(status().isOk());
        ben.get("/api/v1/responses/{id}", id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("No such response")));
        ben.get("/api/v1/responses/{id}", "00000000-0000-0000-0000-000000000000").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("No such response")));
        ben.get("/api/v1/responses").andExpect(jsonPath("$.length()").value(0));
    }
}
