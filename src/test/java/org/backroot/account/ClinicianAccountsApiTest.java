package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
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

import jakarta.servlet.http.Cookie;

/**
 * An administrator creates, lists, disables and enables clinician accounts; nobody else can. A disabled clinician is
 * signed out at once everywhere: tokens refused (also by another instance with a warm cache), web sessions ended,
 * sign-in refused. Runs on SQLite and, in the build's second run, on PostgreSQL.
 */
@BackrootAppTest
class ClinicianAccountsApiTest {

    static final String CLINICIAN_PASSWORD = "quiet rivers under autumn bridges";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessTokenRepository tokenRows;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    ApiClient admin;

    @BeforeEach
    void anAdministrator() throws Exception {
        admin = ApiClient.newPerson(mvc);
        jdbc.sql("UPDATE app_user SET roles = 'ADMIN,PERSON' WHERE id = :id").param("id", admin.userId).update();
    }

    private String createJson(String email, String name, String password) {
        return "{\"email\":\"" + email + "\",\"displayName\":\"" + name + "\",\"password\":\"" + password + "\"}";
    }

    private String newEmail() {
        return "clin-" + UUID.randomUUID() + "@example.org";
    }

    private ApiClient newClinician(String email) throws Exception {
        admin.post("/api/v1/admin/clinicians", createJson(email, "Alex Morgan, physio", CLINICIAN_PASSWORD)).andExpect(status().isCreated());
        return ApiClient.signIn(mvc, email, CLINICIAN_PASSWORD);
    }

    @Test
    void anAdministratorCreatesAClinicianAccountThatHasTheClinicianRoleOnly() throws Exception {
        String email = newEmail();
        var created = admin.post("/api/v1/admin/clinicians", createJson(email, "Alex Morgan, physio", CLINICIAN_PASSWORD))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/admin/clinicians/")))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.displayName").value("Alex Morgan, physio"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("CLINICIAN")))
                .andExpect(jsonPath("$.disabled").value(false))
                .andExpect(jsonPath("$.createdAt").exists())
                .andExpect(jsonPath("$.password").doesNotExist());
        String id = ApiClient.read(created, "$.id");

        admin.get("/api/v1/admin/clinicians").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(id)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(admin.userId))));
        admin.get("/api/v1/admin/clinicians/{id}", id).andExpect(jsonPath("$.email").value(email));

        ApiClient clinician = ApiClient.signIn(mvc, email, CLINICIAN_PASSWORD);
        clinician.get("/api/v1/me").andExpect(status().isOk()).andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("CLINICIAN")));
        assertThat(jdbc.sql("SELECT actor_id FROM audit_log WHERE user_id = :id AND action = 'clinician-created'").param("id", id)
                .query(String.class).list()).containsExactly(admin.userId);
    }

    @Test
    void onlyAnAdministratorMayCreateListOrDisableClinicians() throws Exception {
        ApiClient person = ApiClient.newPerson(mvc);
        ApiClient clinician = newClinician(newEmail());
        for (ApiClient notAdmin : new ApiClient[] {person, clinician}) {
            notAdmin.post("/api/v1/admin/clinicians", createJson(newEmail(), "Someone", CLINICIAN_PASSWORD)).andExpect(status().isForbidden());
            notAdmin.get("/api/v1/admin/clinicians").andExpect(status().isForbidden());
            notAdmin.post("/api/v1/admin/clinicians/{id}/disable", "", clinician.userId).andExpect(status().isForbidden());
            notAdmin.post("/api/v1/admin/clinicians/{id}/enable", "", clinician.userId).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/admin/clinicians")).andExpect(status().isUnauthorized());
        clinician.get("/api/v1/me").andExpect(status().isOk());
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        admin.post("/api/v1/admin/clinicians", createJson("not-an-email", "Alex", CLINICIAN_PASSWORD)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("email")));
        admin.post("/api/v1/admin/clinicians", createJson(newEmail(), "Alex", "password123")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("password")));
        admin.post("/api/v1/admin/clinicians", createJson(newEmail(), " ", CLINICIAN_PASSWORD)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("displayName")));
        admin.post("/api/v1/admin/clinicians", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("email", "password", "displayName")));
        admin.post("/api/v1/admin/clinicians", "{not json").andExpect(status().isBadRequest());
    }

    @Test
    void aTakenEmailIsAConflict() throws Exception {
        ApiClient person = ApiClient.newPerson(mvc);
        admin.post("/api/v1/admin/clinicians", createJson(person.email, "Alex", CLINICIAN_PASSWORD)).andExpect(status().isConflict());
        String email = newEmail();
        newClinician(email);
        admin.post("/api/v1/admin/clinicians", createJson(email.toUpperCase(), "Alex again", CLINICIAN_PASSWORD)).andExpect(status().isConflict());
        person.get("/api/v1/me").andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("PERSON")));
    }

    @Test
    void aDisabledClinicianIsSignedOutEverywhereAtOnce() throws Exception {
        String email = newEmail();
        ApiClient clinician = newClinician(email);
        // Another instance on the same database, its cache warm with the clinician's token.
        AccessTokenService otherInstance = new AccessTokenService(tokenRows, accounts, audit, clock, Duration.ofSeconds(30));
        assertThat(otherInstance.authenticate(clinician.token)).isPresent();
        clinician.get("/api/v1/me").andExpect(status().isOk());
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", CLINICIAN_PASSWORD))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/settings/account").cookie(session)).andExpect(status().isOk());

        admin.post("/api/v1/admin/clinicians/{id}/disable", "", clinician.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.disabled").value(true)).andExpect(jsonPath("$.disabledAt").exists());

        clinician.get("/api/v1/me").andExpect(status().isUnauthorized());
        assertThat(otherInstance.authenticate(clinician.token)).isEmpty();
        mvc.perform(get("/settings/account").cookie(session)).andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/login")));
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", CLINICIAN_PASSWORD))
                .andExpect(redirectedUrl("/login?disabled"));
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "not the password at all"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, CLINICIAN_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"again\"}")).andExpect(status().isUnauthorized());
        admin.get("/api/v1/admin/clinicians/{id}", clinician.userId).andExpect(jsonPath("$.disabled").value(true));
        admin.post("/api/v1/admin/clinicians/{id}/disable", "", clinician.userId).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :id AND action = 'clinician-disabled'")
                .param("id", clinician.userId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anEnabledClinicianSignsInAgainButTheRevokedTokensStayRevoked() throws Exception {
        String email = newEmail();
        ApiClient clinician = newClinician(email);
        admin.post("/api/v1/admin/clinicians/{id}/disable", "", clinician.userId).andExpect(status().isOk());

        admin.post("/api/v1/admin/clinicians/{id}/enable", "", clinician.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.disabled").value(false));

        clinician.get("/api/v1/me").andExpect(status().isUnauthorized());
        ApiClient.signIn(mvc, email, CLINICIAN_PASSWORD).get("/api/v1/me").andExpect(status().isOk());
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", CLINICIAN_PASSWORD))
                .andExpect(redirectedUrl("/start"));
    }

    @Test
    void onlyClinicianAccountsCanBeDisabledHereAnyOtherIdIsNotFound() throws Exception {
        ApiClient person = ApiClient.newPerson(mvc);
        admin.post("/api/v1/admin/clinicians/{id}/disable", "", person.userId).andExpect(status().isNotFound());
        admin.post("/api/v1/admin/clinicians/{id}/disable", "", admin.userId).andExpect(status().isNotFound());
        admin.post("/api/v1/admin/clinicians/{id}/enable", "", UUID.randomUUID().toString()).andExpect(status().isNotFound());
        admin.get("/api/v1/admin/clinicians/{id}", person.userId).andExpect(status().isNotFound());
        person.get("/api/v1/me").andExpect(status().isOk());
    }

    @Test
    void aClinicianLandsOnThePanelAndAPersonOnTheirOwnStart() throws Exception {
        String email = newEmail();
        newClinician(email);
        Cookie clinician = mvc.perform(post("/login").with(csrf()).param("username", email).param("password", CLINICIAN_PASSWORD))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/start").cookie(clinician)).andExpect(redirectedUrl("/care/people"));

        ApiClient person = ApiClient.newPerson(mvc);
        Cookie personSession = mvc.perform(post("/login").with(csrf()).param("username", person.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/start").cookie(personSession)).andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, not(containsString("/care"))));
    }
}
