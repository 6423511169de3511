package org.backroot.care;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.springframework.test.web.servlet.MockMvc;

/** People with a record, made through the API, and links to a clinician, for the care tests. */
final class CarePeople {

    private CarePeople() {
    }

    /**
     * Robin: screened clear with one "not sure" (psoriasis), an ankle self-test, pain answered twice (6 then 2), PEG,
     * a PSFS activity, a plan with one practice logged today, and check-ins on the last ten days (one with a note).
     */
    static ApiClient personWithARecord(MockMvc mvc, InstrumentCatalog catalog) throws Exception {
        ApiClient robin = ApiClient.newPerson(mvc, "p-" + java.util.UUID.randomUUID() + "@example.org", "Robin");
        robin.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of("psoriasis", "unsure"))).andExpect(status().isCreated());
        robin.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":5,\"kneeToWallCmRight\":12}").andExpect(status().isCreated());
        robin.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":6,\"pain-average-week\":6,\"pain-worst-week\":9}}")
                .andExpect(status().isCreated());
        robin.post("/api/v1/responses", "{\"instrumentId\":\"peg\",\"answers\":{\"peg-pain-average\":5,\"peg-enjoyment\":4,\"peg-general-activity\":6}}")
                .andExpect(status().isCreated());
        robin.post("/api/v1/responses", "{\"instrumentId\":\"psfs\",\"answers\":{\"activity-1\":\"Putting on my socks\",\"rating-1\":3}}")
                .andExpect(status().isCreated());
        robin.put("/api/v1/plan/preferences", "{\"minutesPerDay\":20,\"daysPerWeek\":7}").andExpect(status().isOk());
        robin.post("/api/v1/plan", "{}").andExpect(status().is2xxSuccessful());
        java.util.List<String> activities = ApiClient.read(robin.get("/api/v1/plan"), "$.days[0].items[?(@.activityId)].activityId");
        robin.post("/api/v1/practice", "{\"activityId\":\"" + activities.get(0) + "\",\"completed\":true,\"painDuring\":2,\"note\":\"Easier than yesterday\",\"date\":\""
                + LocalDate.now() + "\"}").andExpect(status().is2xxSuccessful());
        for (int d = 9; d >= 0; d--) {
            String note = d == 4 ? ",\"note\":\"Stiff after the drive\"" : "";
            robin.put("/api/v1/checkins/{date}", "{\"pain\":" + (d % 4 + 2) + ",\"stress\":4,\"sleepHours\":7,\"flare\":false" + note + "}", LocalDate.now().minusDays(d))
                    .andExpect(status().isOk());
        }
        robin.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":2,\"pain-average-week\":2,\"pain-worst-week\":4}}")
                .andExpect(status().isCreated());
        return robin;
    }

    /** The person invites the clinician with these scopes and the clinician redeems the code. */
    static void link(ApiClient person, ApiClient clinician, String... scopes) throws Exception {
        String list = Arrays.stream(scopes).map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        String code = ApiClient.read(person.post("/api/v1/care/invitations", "{\"scopes\":[" + list + "]}").andExpect(status().isCreated()), "$.code");
        clinician.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());
    }
}
