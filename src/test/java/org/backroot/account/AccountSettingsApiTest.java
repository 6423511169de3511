package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** PATCH /api/v1/me: a person changes their name, email, password and time zone; mistakes are problem+json naming the field. */
@BackrootAppTest
class AccountSettingsApiTest {

    static final String NEW_PASSWORD = "lanterns over quiet harbours";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ApiClient person;

    @BeforeEach
    void aPerson() throws Exception {
        person = ApiClient.newPerson(mvc);
    }

    private static String json(String... pairs) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) b.append(',');
            b.append('"').append(pairs[i]).append("\":\"").append(pairs[i + 1]).append('"');
        }
        return b.append('}').toString();
    }

    private ResultActions tokenFor(String email, String password) throws Exception {
        return mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"another\"}"));
    }

    private int audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND action = :a")
                .param("u", person.userId).param("a", action).query(Integer.class).single();
    }

    private void expectProblemNaming(ResultActions result, String field, String text) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)))
                .andExpect(jsonPath("$.errors[?(@.field=='" + field + "')].message").value(hasItem(containsString(text))));
    }

    @Test
    void changesTheDisplayNameWithoutAPassword() throws Exception {
        person.patch("/api/v1/me", json("displayName", "  Sam ")).andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Sam")).andExpect(jsonPath("$.email").value(person.email));
        person.get("/api/v1/me").andExpect(jsonPath("$.displayName").value("Sam"));
        expectProblemNaming(person.patch("/api/v1/me", json("displayName", "")), "displayName", "must not be empty");
    }

    @Test
    void changesTheEmailWithThePasswordAndAuditsIt() throws Exception {
        String newEmail = "moved-" + UUID.randomUUID() + "@example.org";
        person.patch("/api/v1/me", json("email", newEmail.toUpperCase(), "currentPassword", ApiClient.PASSWORD))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(newEmail));
        tokenFor(newEmail, ApiClient.PASSWORD).andExpect(status().isCreated());
        tokenFor(person.email, ApiClient.PASSWORD).andExpect(status().isUnauthorized());
        assertThat(audited("email-changed")).isEqualTo(1);
        // The token keeps working: only a new password ends tokens.
        person.get("/api/v1/me").andExpect(status().isOk()).andExpect(jsonPath("$.email").value(newEmail));
    }

    @Test
    void refusesAnEmailChangeWithoutOrWithAWrongPassword() throws Exception {
        String newEmail = "moved-" + UUID.randomUUID() + "@example.org";
        expectProblemNaming(person.patch("/api/v1/me", json("email", newEmail)), "currentPassword", "current password");
        expectProblemNaming(person.patch("/api/v1/me", json("email", newEmail, "currentPassword", "not my password at all")),
                "currentPassword", "does not match your current password");
        person.get("/api/v1/me").andExpect(jsonPath("$.email").value(person.email));
        assertThat(audited("sign-in-failed")).as("a wrong current password counts like a wrong sign-in").isEqualTo(1);
    }

    @Test
    void refusesAnEmailAnotherAccountHas() throws Exception {
        ApiClient other = ApiClient.newPerson(mvc);
        expectProblemNaming(person.patch("/api/v1/me", json("email", other.email, "currentPassword", ApiClient.PASSWORD)),
                "email", "already used by another account");
        person.get("/api/v1/me").andExpect(jsonPath("$.email").value(person.email));
        assertThat(audited("email-changed")).isZero();
    }

    @Test
    void aNewPasswordEndsEveryOtherTokenButTheOneThatAsked() throws Exception {
        String otherToken = ApiClient.read(tokenFor(person.email, ApiClient.PASSWORD).andExpect(status().isCreated()), "$.token");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + otherToken)).andExpect(status().isOk());

        person.patch("/api/v1/me", json("currentPassword", ApiClient.PASSWORD, "newPassword", NEW_PASSWORD)).andExpect(status().isOk());

        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + otherToken)).andExpect(status().isUnauthorized());
        person.get("/api/v1/me").andExpect(status().isOk());
        tokenFor(person.email, ApiClient.PASSWORD).andExpect(status().isUnauthorized());
        tokenFor(person.email, NEW_PASSWORD).andExpect(status().isCreated());
        assertThat(audited("password-changed")).isEqualTo(1);
    }

    @Test
    void refusesAWeakOrShortNewPasswordAndAWrongCurrentOne() throws Exception {
        expectProblemNaming(person.patch("/api/v1/me", json("currentPassword", ApiClient.PASSWORD, "newPassword", "password123")),
                "newPassword", "too easy to guess");
        expectProblemNaming(person.patch("/api/v1/me", json("currentPassword", ApiClient.PASSWORD, "newPassword", "short")),
                "newPassword", "at least 10 characters");
        expectProblemNaming(person.patch("/api/v1/me", json("currentPassword", "not my password at all", "newPassword", NEW_PASSWORD)),
                "currentPassword", "does not match");
        tokenFor(person.email, ApiClient.PASSWORD).andExpect(status().isCreated());
        assertThat(audited("password-changed")).isZero();
    }

    @Test
    void changesTheTimeZoneAndRefusesAnUnknownOneBeforeChangingAnythingElse() throws Exception {
        person.patch("/api/v1/me", json("timeZone", "Europe/Berlin")).andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Europe/Berlin"));
        expectProblemNaming(person.patch("/api/v1/me", json("displayName", "Sam", "timeZone", "Mars/Olympus")), "timeZone", "not a known");
        person.get("/api/v1/me").andExpect(jsonPath("$.displayName").value("Pat")).andExpect(jsonPath("$.timeZone").value("Europe/Berlin"));
    }

    @Test
    void anEmptyChangeIsABadRequest() throws Exception {
        expectProblemNaming(person.patch("/api/v1/me", "{}"), "displayName", "at least one of");
    }
}
