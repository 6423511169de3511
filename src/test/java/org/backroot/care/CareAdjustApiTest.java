package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.backroot.account.PersonalClock;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A linked clinician with the adjust scope changes the plan and records a clearance; safety still wins; others get 404. */
@BackrootAppTest
class CareAdjustApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstrumentCatalog instruments;

    @Autowired
    ActivityLibrary library;

    @Autowired
    PersonalClock clock;

    private ApiClient link(ApiClient person, String name, String... scopes) throws Exception {
        ApiClient clinician = ApiClient.newClinician(mvc, jdbc, name);
        String code = ApiClient.read(person.post("/api/v1/care/invitations", "{\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}")
                .andExpect(status().isCreated()), "$.code");
        clinician.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());
        return clinician;
    }

    private List<String> planIds(ApiClient pat) throws Exception {
        List<String> ids = ApiClient.read(pat.get("/api/v1/plan").andExpect(status().isOk()), "$.days[*].items[*].activityId");
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private static String path(ApiClient person, String part) {
        return "/api/v1/care/people/" + person.userId + "/" + part;
    }

    @Test
    void theAdjustmentIsAppliedToThePlanVersionedAndSeenByThePerson() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        ApiClient physio = link(pat, "Sam Rivera", "summary", "adjust");

        physio.put(path(pat, "plan-adjustments"), "{\"maxLevel\":1,\"excludeActivities\":[\"core-pelvic-tilt\"],"
                        + "\"includeActivities\":[\"hip-clamshell\"],\"pauseExposure\":true,\"minutesPerDay\":20,\"note\":\"Keep it easy this week.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.clinicianName").value("Sam Rivera"))
                .andExpect(jsonPath("$.planRemade").value(true));
        assertThat(planIds(pat)).contains("hip-clamshell").doesNotContain("core-pelvic-tilt").allMatch(id -> library.require(id).level() == 1);
        pat.get("/api/v1/plan").andExpect(jsonPath("$.minutesPerDay").value(20));

        physio.put(path(pat, "plan-adjustments"), "{\"maxLevel\":2,\"note\":\"Up a level.\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        pat.get("/api/v1/plan/adjustments").andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].note").value("Up a level.")).andExpect(jsonPath("$[1].note").value("Keep it easy this week."));
        physio.get(path(pat, "plan-adjustments")).andExpect(status().isOk()).andExpect(jsonPath("$[0].version").value(2));

        List<String> actions = jdbc.sql("SELECT action FROM audit_log WHERE user_id = :p AND actor_id = :c ORDER BY at")
                .param("p", pat.userId).param("c", physio.userId).query(String.class).list();
        assertThat(actions).contains("care.adjust", "care.read");
    }

    @Test
    void safetyStillWinsTheProgramStaysPausedUntilTheClearanceAndItsRestrictionShapesThePlan() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", RedFlagScreens.json(instruments, Map.of("foot-drop", "yes"))).andExpect(status().isCreated());
        ApiClient physio = link(pat, "Sam Rivera", "summary", "adjust");

        physio.put(path(pat, "plan-adjustments"), "{\"includeActivities\":[\"hinge-raised-deadlift\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.planRemade").value(false));
        pat.post("/api/v1/plan", "").andExpect(status().isConflict());

        LocalDate today = clock.today(pat.userId);
        physio.post(path(pat, "clearance"), "{\"assessedOn\":\"" + today + "\",\"ruledOut\":[\"neuro-deficit\"],"
                        + "\"restrictions\":[{\"restriction\":\"loaded-flexion\",\"weeks\":4}],\"note\":\"Strength normal on both sides.\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.programAllowed").value(true))
                .andExpect(jsonPath("$.restrictions[0]").value("loaded-flexion"))
                .andExpect(jsonPath("$.clearance.clinicianName").value("Sam Rivera"))
                .andExpect(jsonPath("$.clearance.restrictions[0].endsOn").value(today.plusWeeks(4).toString()));
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":60,\"daysPerWeek\":7}").andExpect(status().isOk());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        assertThat(planIds(pat)).isNotEmpty().noneMatch(id -> library.require(id).loadedFlexion());
        pat.get("/api/v1/safety/clinician-clearances").andExpect(jsonPath("$[0].ruledOut[0]").value("neuro-deficit"));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        ApiClient physio = link(pat, "Sam Rivera", "summary", "adjust");
        physio.put(path(pat, "plan-adjustments"), "{\"maxLevel\":9,\"includeActivities\":[\"moonwalk\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxLevel"))
                .andExpect(jsonPath("$.errors[1].field").value("includeActivities"))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.containsString("'moonwalk'")));
        physio.post(path(pat, "clearance"), "{\"assessedOn\":\"31/01/2026\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        physio.post(path(pat, "clearance"), "{\"assessedOn\":\"2026-01-01\",\"ruledOut\":[\"gout\"],\"restrictions\":[{\"restriction\":\"loaded-flexion\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ruledOut"))
                .andExpect(jsonPath("$.errors[1].field").value("restrictions"));
        pat.get("/api/v1/plan/adjustments").andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aClinicianWithoutTheLinkOrTheScopeGetsTheSame404AsForNoOne() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        ApiClient readOnly = link(pat, "Dr Summary", "summary");
        ApiClient unlinked = ApiClient.newClinician(mvc, jdbc, "Dr Nobody");
        ApiClient revoked = link(pat, "Dr Gone", "summary", "adjust");
        pat.delete("/api/v1/care/team/{id}", revoked.userId);
        String body = "{\"maxLevel\":1}";
        for (ApiClient c : List.of(readOnly, unlinked, revoked)) {
            c.put(path(pat, "plan-adjustments"), body).andExpect(status().isNotFound());
            c.post(path(pat, "clearance"), "{\"assessedOn\":\"2026-01-01\"}").andExpect(status().isNotFound());
        }
        String missing = unlinked.put("/api/v1/care/people/00000000-0000-0000-0000-000000000000/plan-adjustments", body)
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unlinkedBody = unlinked.put(path(pat, "plan-adjustments"), body).andReturn().getResponse().getContentAsString();
        assertThat(unlinkedBody.replace(pat.userId, "{id}")).isEqualTo(missing.replace("00000000-0000-0000-0000-000000000000", "{id}"));
        readOnly.get(path(pat, "plan-adjustments")).andExpect(status().isOk());
        unlinked.get(path(pat, "plan-adjustments")).andExpect(status().isNotFound());
        pat.get("/api/v1/plan/adjustments").andExpect(jsonPath("$.length()").value(0));
        pat.get("/api/v1/safety/clinician-clearances").andExpect(jsonPath("$.length()").value(0));
        // the person themself is not a clinician: 403 by role
        pat.put(path(pat, "plan-adjustments"), body).andExpect(status().isForbidden());
    }
}
