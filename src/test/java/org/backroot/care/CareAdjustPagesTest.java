package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The clinician's adjust page: forms, Post/Redirect/Get, inline 400s, and 404 without the adjust scope. */
@BackrootAppTest
class CareAdjustPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstrumentCatalog instruments;

    private ApiClient link(ApiClient person, String name, String... scopes) throws Exception {
        ApiClient clinician = ApiClient.newClinician(mvc, jdbc, name);
        String code = ApiClient.read(person.post("/api/v1/care/invitations", "{\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}"), "$.code");
        clinician.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());
        return clinician;
    }

    private Cookie login(ApiClient who) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", who.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theClinicianAdjustsThePlanAndRecordsAClearanceFromThePage() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        ApiClient physio = link(pat, "Sam Rivera", "summary", "adjust", "messages");
        Cookie session = login(physio);
        String page = "/care/people/" + pat.userId + "/adjust";

        mvc.perform(get(page).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"adjust-form\"")))
                .andExpect(content().string(containsString("data-testid=\"clearance-form\"")));

        mvc.perform(post(page).cookie(session).with(csrf()).param("maxLevel", "2").param("minutesPerDay", "")
                        .param("activity.core-pelvic-tilt", "exclude").param("activity.hip-clamshell", "include").param("note", "Keep it light."))
                .andExpect(redirectedUrl(page));
        pat.get("/api/v1/plan/adjustments").andExpect(jsonPath("$[0].maxLevel").value(2))
                .andExpect(jsonPath("$[0].excludeActivities[0]").value("core-pelvic-tilt"))
                .andExpect(jsonPath("$[0].includeActivities[0]").value("hip-clamshell"))
                .andExpect(jsonPath("$[0].clinicianName").value("Sam Rivera"));
        mvc.perform(get(page).cookie(session)).andExpect(content().string(containsString("Version 1, Sam Rivera")))
                .andExpect(content().string(containsString("value=\"include\" selected")));

        // refused: 400 with the message beside the field, nothing saved
        mvc.perform(post(page).cookie(session).with(csrf()).param("minutesPerDay", "90"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-testid=\"adjust-errors\"")))
                .andExpect(content().string(containsString("from 5 to 60")));
        mvc.perform(post("/care/people/" + pat.userId + "/clearance").cookie(session).with(csrf()).param("assessedOn", "")
                        .param("restriction.loaded-flexion", "on").param("weeks.loaded-flexion", "x"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-testid=\"clearance-errors\"")));
        pat.get("/api/v1/plan/adjustments").andExpect(jsonPath("$.length()").value(1));

        mvc.perform(post("/care/people/" + pat.userId + "/clearance").cookie(session).with(csrf()).param("assessedOn", "2026-01-05")
                        .param("ruledOut", "fracture").param("restriction.loaded-flexion", "on").param("weeks.loaded-flexion", "4"))
                .andExpect(redirectedUrl(page));
        pat.get("/api/v1/safety/clinician-clearances").andExpect(jsonPath("$[0].ruledOut[0]").value("fracture"))
                .andExpect(jsonPath("$[0].restrictions[0].weeks").value(4));

        // the person asks to talk about it in the thread with that physio, who takes messages
        Cookie person = login(pat);
        mvc.perform(get("/today").cookie(person)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/care-team/messages/with/" + physio.userId + "\"")));
        mvc.perform(get("/care-team/messages/with/" + physio.userId).cookie(person)).andExpect(status().is3xxRedirection());
    }

    @Test
    void withoutTheAdjustScopeThePageIsNotFound() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, instruments);
        ApiClient reader = link(pat, "Dr Summary", "summary");
        Cookie session = login(reader);
        mvc.perform(get("/care/people/" + pat.userId + "/adjust").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(post("/care/people/" + pat.userId + "/adjust").cookie(session).with(csrf()).param("maxLevel", "1"))
                .andExpect(status().isNotFound());
        assertThat(ApiClient.<Integer>read(pat.get("/api/v1/plan/adjustments"), "$.length()")).isZero();
    }
}
