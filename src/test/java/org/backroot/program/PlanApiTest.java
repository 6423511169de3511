package org.backroot.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class PlanApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Test
    void savesAndReadsPreferences() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.get("/api/v1/plan/preferences").andExpect(status().isNotFound());
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":20,\"daysPerWeek\":4}").andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesPerDay").value(20)).andExpect(jsonPath("$.daysPerWeek").value(4));
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":25,\"daysPerWeek\":3}").andExpect(status().isOk());
        pat.get("/api/v1/plan/preferences").andExpect(status().isOk())
                .andExpect(jsonPath("$.minutesPerDay").value(25)).andExpect(jsonPath("$.daysPerWeek").value(3));
    }

    @Test
    void badPreferencesNameEveryField() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":4,\"daysPerWeek\":8}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("minutesPerDay", "daysPerWeek")));
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":61}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("minutesPerDay", "daysPerWeek")));
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":\"lots\",\"daysPerWeek\":3}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minutesPerDay"));
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":20,").andExpect(status().isBadRequest());
        pat.put("/api/v1/plan/preferences", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("minutesPerDay")));
        pat.get("/api/v1/plan/preferences").andExpect(status().isNotFound());
    }

    @Test
    void generatesAWeekWithinTheBudgetStartingToday() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.get("/api/v1/plan").andExpect(status().isNotFound());
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":20,\"daysPerWeek\":5}").andExpect(status().isOk());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/plan"))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.phase").value("build"))
                .andExpect(jsonPath("$.startsOn").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.minutesPerDay").value(20))
                .andExpect(jsonPath("$.days.length()").value(7))
                .andExpect(jsonPath("$.days[*].minutes").value(everyItem(lessThanOrEqualTo(20))))
                .andExpect(jsonPath("$.days[0].items[0].activityId").isString())
                .andExpect(jsonPath("$.days[0].items[0].component").isString())
                .andExpect(jsonPath("$.days[0].items[0].title").isString())
                .andExpect(jsonPath("$.days[0].items[0].minutes").isNumber())
                .andExpect(jsonPath("$.days[0].items[0].dose").isString())
                .andExpect(jsonPath("$.days[0].items[0].reason").isString());
        String id = ApiClient.read(pat.get("/api/v1/plan").andExpect(status().isOk()), "$.id");
        String second = ApiClient.read(pat.post("/api/v1/plan", "").andExpect(status().isCreated()), "$.id");
        pat.get("/api/v1/plan").andExpect(jsonPath("$.id").value(second)).andExpect(jsonPath("$.id").value(not(id)));
        pat.get("/api/v1/plan/phase-changes").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void withoutPreferencesThePlanUsesFifteenMinutesOnFiveDays() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated()).andExpect(jsonPath("$.minutesPerDay").value(15))
                .andExpect(jsonPath("$.days[?(@.restDay == false)].date").value(org.hamcrest.Matchers.iterableWithSize(5)));
    }

    @Test
    void aFearLadderStepAppearsInThePlan() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        String itemId = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Picking something up from the floor\",\"fear\":40}")
                .andExpect(status().isCreated()), "$.id");
        pat.post("/api/v1/plan", "").andExpect(status().isCreated())
                .andExpect(jsonPath("$.days[*].items[?(@.kind == 'exposure')].fearLadderItemId").value(hasItem(itemId)));
    }

    @Test
    void possibleFragileBoneFractureKeepsLoadedBendingOutOfThePlanUntilAClinicianChecks() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", ProgramPeople.screen(catalog, Map.of("fragile-bones", "yes", "minor-trauma", "yes")))
                .andExpect(status().isCreated());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.restrictions[0]").value("loaded-flexion"));
        pat.post("/api/v1/fear-ladder", "{\"activity\":\"Lifting a bag of shopping\",\"fear\":40}").andExpect(status().isCreated());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated())
                .andExpect(jsonPath("$.days[*].items[?(@.kind == 'exposure')].activityId").value(hasItem("exp-lift-empty-bag")))
                .andExpect(jsonPath("$.days[*].items[*].activityId").value(everyItem(not(in(LOADED)))));
    }

    /** The library's lifting, loaded bending and floor-bending activities. */
    private static final java.util.List<String> LOADED = java.util.List.of("exp-bend-low-shelf", "exp-bend-floor",
            "exp-lift-bag-chair", "exp-lift-bag-floor", "exp-lift-shopping", "exp-twist-carry-turn", "hinge-raised-deadlift",
            "hinge-bag-lift-floor");

    @Test
    void withoutASafetyScreenEveryCallIsAConflictWithTheReason() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":20,\"daysPerWeek\":4}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Program paused for your safety"));
        pat.get("/api/v1/plan/preferences").andExpect(status().isConflict());
        pat.post("/api/v1/plan", "").andExpect(status().isConflict()).andExpect(jsonPath("$.detail").isString());
        pat.get("/api/v1/plan").andExpect(status().isConflict());
        pat.get("/api/v1/plan/phase-changes").andExpect(status().isConflict());
    }

    @Test
    void anUrgentScreenStopsTheProgramUntilAClinicianHasSeenThePerson() throws Exception {
        ApiClient pat = ProgramPeople.urgent(mvc, catalog);
        pat.post("/api/v1/plan", "").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("")));
        pat.get("/api/v1/plan").andExpect(status().isConflict());
        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"" + LocalDate.now() + "\"}").andExpect(status().isOk());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
    }

    @Test
    void eachPersonSeesOnlyTheirOwnPlan() throws Exception {
        ApiClient ann = ProgramPeople.cleared(mvc, catalog);
        ApiClient ben = ProgramPeople.cleared(mvc, catalog);
        ann.post("/api/v1/plan", "").andExpect(status().isCreated());
        ben.get("/api/v1/plan").andExpect(status().isNotFound());
    }

    @Test
    void theApiNeedsAToken() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/plan"))
                .andExpect(status().isUnauthorized());
    }
}
