package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The administrator's Clinicians page under Settings: create (Post/Redirect/Get, mistakes inline), list, switch off and on. */
@BackrootAppTest
class ClinicianAdminPagesTest {

    static final String PASSWORD = "quiet rivers under autumn bridges";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie admin;

    @BeforeEach
    void anAdministratorSignedIn() throws Exception {
        ApiClient a = ApiClient.newPerson(mvc);
        jdbc.sql("UPDATE app_user SET roles = 'ADMIN,PERSON' WHERE id = :id").param("id", a.userId).update();
        admin = signIn(a.email, ApiClient.PASSWORD);
    }

    private Cookie signIn(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", email).param("password", password))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void anAdministratorCreatesAClinicianAndSeesThemListed() throws Exception {
        mvc.perform(get("/settings/account").cookie(admin)).andExpect(content().string(containsString("data-testid=\"clinicians-link\"")));
        String email = "page-clin-" + UUID.randomUUID() + "@example.org";
        var flash = mvc.perform(post("/settings/clinicians").cookie(admin).with(csrf())
                        .param("displayName", "Jo Park, GP").param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/settings/clinicians")).andExpect(flash().attribute("saved", "Jo Park, GP (" + email + ")"))
                .andReturn().getFlashMap();
        mvc.perform(get("/settings/clinicians").cookie(admin).flashAttrs(flash)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"clinician-saved\"")))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Switch off Jo Park, GP")))
                .andExpect(content().string(not(containsString(PASSWORD))))
                .andExpect(content().string(not(containsString("??"))));
        signIn(email, PASSWORD);
    }

    @Test
    void mistakesAreShownNextToTheirFieldsWithA400AndATakenEmailWithA409() throws Exception {
        mvc.perform(post("/settings/clinicians").cookie(admin).with(csrf())
                        .param("displayName", "").param("email", "nope").param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"displayName-error\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("value=\"nope\"")));
        ApiClient person = ApiClient.newPerson(mvc);
        mvc.perform(post("/settings/clinicians").cookie(admin).with(csrf())
                        .param("displayName", "Jo").param("email", person.email).param("password", PASSWORD))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already exists")));
    }

    @Test
    void switchingAClinicianOffSignsThemOutAndSwitchingOnLetsThemBackIn() throws Exception {
        String email = "off-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/settings/clinicians").cookie(admin).with(csrf())
                .param("displayName", "Kim").param("email", email).param("password", PASSWORD)).andExpect(status().is3xxRedirection());
        String id = jdbc.sql("SELECT id FROM app_user WHERE email = :e").param("e", email).query(String.class).single();
        Cookie clinician = signIn(email, PASSWORD);

        var flash = mvc.perform(post("/settings/clinicians/{id}/disable", id).cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/settings/clinicians")).andExpect(flash().attribute("disabled", "Kim")).andReturn().getFlashMap();
        mvc.perform(get("/settings/clinicians").cookie(admin).flashAttrs(flash))
                .andExpect(content().string(containsString("Switch on Kim")));
        mvc.perform(get("/settings/account").cookie(clinician)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", PASSWORD)).andExpect(redirectedUrl("/login?disabled"));
        mvc.perform(get("/login?disabled")).andExpect(content().string(containsString("data-testid=\"sign-in-disabled\"")));

        mvc.perform(post("/settings/clinicians/{id}/enable", id).cookie(admin).with(csrf())).andExpect(flash().attribute("enabled", "Kim"));
        signIn(email, PASSWORD);
        mvc.perform(post("/settings/clinicians/{id}/disable", UUID.randomUUID()).cookie(admin).with(csrf()))
                .andExpect(flash().attribute("missing", true));
    }

    @Test
    void aPersonOrAClinicianCannotOpenThePage() throws Exception {
        ApiClient person = ApiClient.newPerson(mvc);
        Cookie session = signIn(person.email, ApiClient.PASSWORD);
        mvc.perform(get("/settings/clinicians").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/settings/clinicians").cookie(session).with(csrf()).param("displayName", "X")
                .param("email", "x-" + UUID.randomUUID() + "@example.org").param("password", PASSWORD)).andExpect(status().isForbidden());
        mvc.perform(get("/settings/account").cookie(session)).andExpect(content().string(not(containsString("data-testid=\"clinicians-link\""))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email LIKE 'x-%'").query(Integer.class).single()).isZero();
    }
}
