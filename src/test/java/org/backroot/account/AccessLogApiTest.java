package org.backroot.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.backroot.shared.Ids;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * "Who has seen my data": a person sees every read of their data by someone else, newest first, with who (name and
 * role), what and when; never their own events and never another person's rows.
 */
@BackrootAppTest
class AccessLogApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    ApiClient person;
    ApiClient clinician;

    @BeforeEach
    void aPersonAndAClinician() throws Exception {
        person = ApiClient.newPerson(mvc, "log-" + UUID.randomUUID() + "@example.org", "Sam");
        clinician = ApiClient.newPerson(mvc, "doc-" + UUID.randomUUID() + "@example.org", "Alex Morgan");
        jdbc.sql("UPDATE app_user SET roles = 'CLINICIAN' WHERE id = :id").param("id", clinician.userId).update();
    }

    private void row(String actorId, String userId, String action, String detail, String at) {
        jdbc.sql("INSERT INTO audit_log (id, actor_id, user_id, action, detail, at) VALUES (:id, :actor, :user, :action, :detail, :at)")
                .param("id", Ids.newId()).param("actor", actorId).param("user", userId).param("action", action)
                .param("detail", detail).param("at", at).update();
    }

    @Test
    void aClinicianReadIsInThePersonsAccessLogWithWhoWhatAndWhen() throws Exception {
        audit.record(clinician.userId, person.userId, "care.read", "profile");

        person.get("/api/v1/me/access-log").andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", hasSize(1)))
                .andExpect(jsonPath("$.entries[0].who.displayName").value("Alex Morgan"))
                .andExpect(jsonPath("$.entries[0].who.role").value("clinician"))
                .andExpect(jsonPath("$.entries[0].action").value("care.read"))
                .andExpect(jsonPath("$.entries[0].part").value("profile"))
                .andExpect(jsonPath("$.entries[0].description").value("looked at your factor profile"))
                .andExpect(jsonPath("$.entries[0].at").exists())
                .andExpect(jsonPath("$.hasMore").value(false));
    }

    @Test
    void thePersonsOwnEventsAndEventsWithoutAnActorAreNotInIt() throws Exception {
        // Issuing the token (ApiClient) was audited with the person as actor; a failed sign-in has no actor.
        audit.record(null, person.userId, "sign-in-failed", "from 127.0.0.1");
        person.get("/api/v1/me/access-log").andExpect(status().isOk()).andExpect(jsonPath("$.entries", hasSize(0)));
    }

    @Test
    void anotherPersonsRowsAreNeverShown() throws Exception {
        ApiClient other = ApiClient.newPerson(mvc);
        audit.record(clinician.userId, other.userId, "care.read", "plan");
        audit.record(clinician.userId, person.userId, "care.read", "safety");

        person.get("/api/v1/me/access-log").andExpect(jsonPath("$.entries[*].part").value(contains("safety")));
        other.get("/api/v1/me/access-log").andExpect(jsonPath("$.entries[*].part").value(contains("plan")));
        clinician.get("/api/v1/me/access-log").andExpect(jsonPath("$.entries", hasSize(0)));
    }

    @Test
    void newestFirstAPageAtATime() throws Exception {
        row(clinician.userId, person.userId, "care.read", "plan", "2026-12-01T09:00:00.000Z");
        row(clinician.userId, person.userId, "care.linked", null, "2026-11-30T09:00:00.000Z");
        row(clinician.userId, person.userId, "care.read", "checkins", "2026-12-02T09:00:00.000Z");

        person.get("/api/v1/me/access-log?size=2").andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].part").value(contains("checkins", "plan")))
                .andExpect(jsonPath("$.hasMore").value(true));
        person.get("/api/v1/me/access-log?size=2&page=1")
                .andExpect(jsonPath("$.entries[*].action").value(contains("care.linked")))
                .andExpect(jsonPath("$.entries[0].description").value("joined your care team"))
                .andExpect(jsonPath("$.hasMore").value(false));
    }

    @Test
    void anActionThisVersionDoesNotKnowIsStillShownInWords() throws Exception {
        row(clinician.userId, person.userId, "care.plan-adjusted", "max level 2", "2026-12-01T09:00:00.000Z");
        person.get("/api/v1/me/access-log")
                .andExpect(jsonPath("$.entries[0].description").value("did this: care plan adjusted (max level 2)"));
    }

    @Test
    void aPageOrSizeOutOfRangeIsA400NamingIt() throws Exception {
        person.get("/api/v1/me/access-log?size=0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        person.get("/api/v1/me/access-log?size=101").andExpect(status().isBadRequest());
        person.get("/api/v1/me/access-log?page=-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        person.get("/api/v1/me/access-log?page=x").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/me/access-log")).andExpect(status().isUnauthorized());
    }

    @Test
    void thePageSaysWhoSawWhatInThePersonsOwnTimeZone() throws Exception {
        person.put("/api/v1/me", "{\"timeZone\":\"Pacific/Auckland\"}").andExpect(status().isOk());
        row(clinician.userId, person.userId, "care.read", "outcomes", "2026-12-01T09:00:00.000Z");
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", person.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/settings/access-log").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alex Morgan")))
                .andExpect(content().string(containsString("(clinician)")))
                .andExpect(content().string(containsString("looked at your outcome scores")))
                .andExpect(content().string(containsString("1 December 2026 at 22:00")))
                .andExpect(content().string(containsString("Pacific/Auckland")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/settings/account").cookie(session))
                .andExpect(content().string(containsString("href=\"/settings/access-log\"")));
    }

    @Test
    void thePageSaysSoWhenNobodyHasLooked() throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", person.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/settings/access-log").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"access-log-empty\"")));
        mvc.perform(get("/settings/access-log?page=-3").cookie(session)).andExpect(status().is3xxRedirection());
    }
}
