package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A person invites a clinician with a code, chooses the scopes, changes them and revokes; the clinician redeems once. */
@BackrootAppTest
class CareLinkApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ApiClient person;
    ApiClient physio;

    @BeforeEach
    void aPersonAndAPhysio() throws Exception {
        person = ApiClient.newPerson(mvc, "p-" + java.util.UUID.randomUUID() + "@example.org", "Robin");
        physio = ApiClient.newClinician(mvc, jdbc, "Dr Ada Physio");
    }

    private String invite(String json) throws Exception {
        return ApiClient.read(person.post("/api/v1/care/invitations", json).andExpect(status().isCreated()), "$.code");
    }

    @Test
    void aCodeLinksTheClinicianWithTheChosenScopesOnce() throws Exception {
        var created = person.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\",\"diary\"],\"expiresInDays\":3}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value(org.hamcrest.Matchers.matchesPattern("[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}")))
                .andExpect(jsonPath("$.scopes[0]").value("summary")).andExpect(jsonPath("$.scopes[1]").value("diary"));
        String code = ApiClient.read(created, "$.code");
        Instant expires = Instant.parse(ApiClient.read(created, "$.expiresAt"));
        assertThat(expires).isBetween(Instant.now().plus(3, ChronoUnit.DAYS).minusSeconds(60), Instant.now().plus(3, ChronoUnit.DAYS).plusSeconds(60));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_invitation WHERE code_hash LIKE :c").param("c", "%" + code.replace("-", "") + "%")
                .query(Integer.class).single()).as("the code is stored only hashed").isZero();

        physio.post("/api/v1/care/links", "{\"code\":\"" + code.toLowerCase().replace("-", " ") + "\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.personId").value(person.userId)).andExpect(jsonPath("$.displayName").value("Robin"))
                .andExpect(jsonPath("$.scopes", hasSize(2))).andExpect(jsonPath("$.since").exists());

        person.get("/api/v1/care/team").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].clinicianId").value(physio.userId)).andExpect(jsonPath("$[0].displayName").value("Dr Ada Physio"))
                .andExpect(jsonPath("$[0].scopes[1]").value("diary"));
        person.get("/api/v1/care/invitations").andExpect(jsonPath("$", hasSize(0)));

        ApiClient other = ApiClient.newClinician(mvc, jdbc, "Dr Other");
        other.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code")).andExpect(jsonPath("$.errors[0].message", containsString("already used")));
        assertThat(audited(CareInvitations.LINKED, physio.userId)).isEqualTo(1);
    }

    @Test
    void theSummaryIsRequiredAndUnknownScopesAreNamed() throws Exception {
        person.post("/api/v1/care/invitations", "{\"scopes\":[\"diary\"]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scopes")).andExpect(jsonPath("$.errors[0].message", containsString("summary")));
        person.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\",\"everything\"]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("\"everything\"")));
        person.post("/api/v1/care/invitations", "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scopes"));
        person.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\"],\"expiresInDays\":0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
        person.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\"],\"expiresInDays\":31}").andExpect(status().isBadRequest());
        person.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\"]}").andExpect(status().isCreated());
    }

    @Test
    void anExpiredOrMistypedCodeLinksNobody() throws Exception {
        String code = invite("{\"scopes\":[\"summary\"],\"expiresInDays\":1}");
        jdbc.sql("UPDATE care_invitation SET expires_at = '2020-01-01T00:00:00.000Z' WHERE user_id = :u").param("u", person.userId).update();
        physio.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("expired")));
        physio.post("/api/v1/care/links", "{\"code\":\"12345\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("10 letters and digits")));
        physio.post("/api/v1/care/links", "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        person.get("/api/v1/care/team").andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void onlyPeopleInviteAndOnlyCliniciansRedeem() throws Exception {
        String code = invite("{\"scopes\":[\"summary\"]}");
        ApiClient stranger = ApiClient.newPerson(mvc);
        stranger.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isForbidden());
        physio.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\"]}").andExpect(status().isForbidden());
        physio.get("/api/v1/care/team").andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/care/team")).andExpect(status().isUnauthorized());
        stranger.get("/api/v1/care/team").andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void thePersonChangesScopesAndRevokesAndEachIsInTheirLog() throws Exception {
        String code = invite("{\"scopes\":[\"summary\",\"diary\",\"messages\"]}");
        physio.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());

        person.put("/api/v1/care/team/{id}", "{\"scopes\":[\"summary\",\"adjust\"]}", physio.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.scopes[0]").value("summary")).andExpect(jsonPath("$.scopes[1]").value("adjust"));
        person.put("/api/v1/care/team/{id}", "{\"scopes\":[\"adjust\"]}", physio.userId).andExpect(status().isBadRequest());
        person.put("/api/v1/care/team/{id}", "{\"scopes\":[\"summary\"]}", "not-in-team").andExpect(status().isNotFound());

        person.delete("/api/v1/care/team/{id}", physio.userId).andExpect(status().isNoContent());
        person.delete("/api/v1/care/team/{id}", physio.userId).andExpect(status().isNotFound());
        person.get("/api/v1/care/team").andExpect(jsonPath("$", hasSize(0)));
        assertThat(audited(CareTeam.SCOPES_CHANGED, person.userId)).isEqualTo(1);
        assertThat(audited(CareTeam.REVOKED, person.userId)).isEqualTo(1);
    }

    @Test
    void anOpenInvitationCanBeWithdrawnAndThenNoLongerWorks() throws Exception {
        String code = invite("{\"scopes\":[\"summary\"]}");
        String id = ApiClient.read(person.get("/api/v1/care/invitations").andExpect(jsonPath("$", hasSize(1))), "$[0].id");
        ApiClient stranger = ApiClient.newPerson(mvc);
        stranger.delete("/api/v1/care/invitations/{id}", id).andExpect(status().isNotFound());
        person.delete("/api/v1/care/invitations/{id}", id).andExpect(status().isNoContent());
        physio.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isBadRequest());
    }

    @Test
    void deletingEitherAccountRemovesTheLink() throws Exception {
        String code = invite("{\"scopes\":[\"summary\"]}");
        physio.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());
        deleteAccount(physio);
        assertThat(links("clinician_id", physio.userId)).isZero();
        person.get("/api/v1/care/team").andExpect(jsonPath("$", hasSize(0)));
        ApiClient second = ApiClient.newClinician(mvc, jdbc, "Dr Second");
        second.post("/api/v1/care/links", "{\"code\":\"" + invite("{\"scopes\":[\"summary\"]}") + "\"}").andExpect(status().isCreated());
        deleteAccount(person);
        assertThat(links("user_id", person.userId)).isZero();
        assertThat(links("clinician_id", second.userId)).isZero();
    }

    @Test
    void aDeletedClinicianLeavesTheTeamButWhatTheyDidForThePersonStays() throws Exception {
        String code = invite("{\"scopes\":[\"summary\",\"adjust\",\"messages\"]}");
        physio.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());
        physio.put("/api/v1/care/people/{id}/plan-adjustments", "{\"note\":\"Keep bending light this week.\"}", person.userId)
                .andExpect(status().is2xxSuccessful());
        physio.post("/api/v1/care/people/{id}/clearance", "{\"assessedOn\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                + "\",\"ruledOut\":[\"fracture\"]}", person.userId).andExpect(status().is2xxSuccessful());
        String thread = ApiClient.read(person.get("/api/v1/care/threads"), "$[0].id");
        person.post("/api/v1/care/threads/{id}/messages", "{\"text\":\"Thanks for today.\"}", thread).andExpect(status().isCreated());

        deleteAccount(physio);

        person.get("/api/v1/care/team").andExpect(jsonPath("$", hasSize(0)));
        person.get("/api/v1/care/threads").andExpect(jsonPath("$", hasSize(0)));
        person.get("/api/v1/plan/adjustments").andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].clinicianName").value("Dr Ada Physio"));
        person.get("/api/v1/safety/clinician-clearances").andExpect(jsonPath("$", hasSize(1)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_message WHERE user_id = :u").param("u", person.userId).query(Integer.class).single())
                .as("the thread's messages went with the clinician's account").isZero();
    }

    private void deleteAccount(ApiClient who) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/me")
                        .header("Authorization", "Bearer " + who.token).contentType("application/json")
                        .content("{\"confirmEmail\":\"" + who.email + "\"}"))
                .andExpect(status().is2xxSuccessful());
    }

    private int links(String column, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM care_link WHERE " + column + " = :id").param("id", id).query(Integer.class).single();
    }

    private int audited(String action, String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND action = :a AND actor_id = :actor")
                .param("u", person.userId).param("a", action).param("actor", actor).query(Integer.class).single();
    }
}
