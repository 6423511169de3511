package org.backroot.account;

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

import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** Settings open on the account page: name, email and password, each with Post/Redirect/Get and inline mistakes. */
@BackrootAppTest
class AccountSettingsPagesTest {

    static final String PASSWORD = "a long enough password";
    static final String NEW_PASSWORD = "lanterns over quiet harbours";

    @Autowired
    MockMvc mvc;

    String email;
    Cookie session;

    @BeforeEach
    void registerThroughTheForm() throws Exception {
        email = "settings-" + UUID.randomUUID() + "@example.org";
        session = mvc.perform(post("/register").with(csrf()).param("email", email).param("password", PASSWORD).param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private Cookie signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
    }

    /** Follows a Post/Redirect/Get with the session the post answered with (the id changes after a change). */
    private Cookie sessionAfter(org.springframework.test.web.servlet.ResultActions post) throws Exception {
        Cookie fresh = post.andReturn().getResponse().getCookie("SESSION");
        return fresh != null ? fresh : session;
    }

    @Test
    void settingsOpenOnTheAccountPageWithTheSettingsMenu() throws Exception {
        mvc.perform(get("/settings").cookie(session)).andExpect(redirectedUrl("/settings/account"));
        mvc.perform(get("/settings/account").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"settings-nav\"")))
                .andExpect(content().string(containsString("href=\"/settings/about\"")))
                .andExpect(content().string(containsString("href=\"/settings/time-zone\"")))
                .andExpect(content().string(containsString("href=\"/settings/data\"")))
                .andExpect(content().string(containsString("href=\"/settings/tokens\"")))
                .andExpect(content().string(containsString("href=\"/settings/plan\"")))
                .andExpect(content().string(not(containsString("data-testid=\"backups-link\""))))
                .andExpect(content().string(containsString("You sign in with " + email)))
                .andExpect(content().string(containsString("value=\"Robin\"")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theMainMenuLeadsToLearnAndToSettings() throws Exception {
        mvc.perform(get("/settings/account").cookie(session))
                .andExpect(content().string(containsString("href=\"/learn\"")))
                .andExpect(content().string(containsString("<a class=\"site-nav__link\" href=\"/settings\" aria-current=\"page\">")));
    }

    @Test
    void aNewNameIsSavedAndGreetsThePersonOnToday() throws Exception {
        var post = mvc.perform(post("/settings/account/name").cookie(session).with(csrf()).param("displayName", "Sam"))
                .andExpect(redirectedUrl("/settings/account")).andExpect(flash().attribute("saved", "Saved. We will call you Sam."));
        Cookie now = sessionAfter(post);
        mvc.perform(get("/settings/account").cookie(now)).andExpect(content().string(containsString("value=\"Sam\"")));
        mvc.perform(get("/today").cookie(now)).andExpect(content().string(containsString(", Sam</h1>")));
        mvc.perform(post("/settings/account/name").cookie(now).with(csrf()).param("displayName", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"displayName-error\"")));
    }

    @Test
    void aNewEmailNeedsThePasswordAndIsUsedForTheNextSignIn() throws Exception {
        String newEmail = "moved-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/settings/account/email").cookie(session).with(csrf()).param("email", newEmail).param("currentPassword", "wrong password here"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"emailCurrentPassword-error\"")))
                .andExpect(content().string(containsString("does not match your current password")))
                .andExpect(content().string(containsString("value=\"" + newEmail + "\"")));
        var post = mvc.perform(post("/settings/account/email").cookie(session).with(csrf()).param("email", " " + newEmail.toUpperCase()).param("currentPassword", PASSWORD))
                .andExpect(redirectedUrl("/settings/account"))
                .andExpect(flash().attribute("saved", "Saved. Sign in with " + newEmail + " from now on."));
        mvc.perform(get("/settings/account").cookie(sessionAfter(post))).andExpect(status().isOk())
                .andExpect(content().string(containsString("You sign in with " + newEmail)));
        signIn(newEmail, PASSWORD);
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anEmailAnotherAccountHasIsShownInline() throws Exception {
        String taken = "taken-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/register").with(csrf()).param("email", taken).param("password", PASSWORD).param("displayName", "Kim"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/settings/account/email").cookie(session).with(csrf()).param("email", taken).param("currentPassword", PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("already used by another account")));
    }

    @Test
    void aNewPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        Cookie elsewhere = signIn(email, PASSWORD);
        mvc.perform(get("/settings/account").cookie(elsewhere)).andExpect(status().isOk());

        mvc.perform(post("/settings/account/password").cookie(session).with(csrf()).param("currentPassword", PASSWORD).param("newPassword", "qwertyuiop"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"newPassword-error\"")))
                .andExpect(content().string(containsString("too easy to guess")));
        mvc.perform(post("/settings/account/password").cookie(session).with(csrf()).param("currentPassword", "not it at all").param("newPassword", NEW_PASSWORD))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"currentPassword-error\"")));

        var post = mvc.perform(post("/settings/account/password").cookie(session).with(csrf()).param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/settings/account"))
                .andExpect(flash().attribute("saved", "Your password is changed. You are still signed in here; everywhere else you are signed out (1 other sign-in ended)."));
        mvc.perform(get("/settings/account").cookie(sessionAfter(post))).andExpect(status().isOk());
        mvc.perform(get("/settings/account").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", PASSWORD)).andExpect(redirectedUrl("/login?error"));
        // The wrong current password and the old one count as wrong sign-ins, and the owner is told.
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", NEW_PASSWORD)).andExpect(redirectedUrl("/sign-in-notice"));
    }

    @Test
    void aReloadAfterAMistakeGoesBackToThePage() throws Exception {
        mvc.perform(get("/settings/account/password").cookie(session)).andExpect(redirectedUrl("/settings/account"));
    }

    @Test
    void afterDeletingTheAccountThePersonSeesAPublicConfirmation() throws Exception {
        mvc.perform(post("/settings/data/delete").cookie(session).with(csrf()).param("confirmEmail", email))
                .andExpect(redirectedUrl("/account-deleted"));
        mvc.perform(get("/account-deleted")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your account and everything in it has been deleted")))
                .andExpect(content().string(containsString("href=\"/\"")));
        mvc.perform(get("/settings/account").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void withoutMailTheLoginPageSaysToAskTheAdministratorAndResetPagesAreNotThere() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"ask-admin\"")))
                .andExpect(content().string(not(containsString("href=\"/password/forgot\""))));
        mvc.perform(get("/password/forgot")).andExpect(status().isNotFound());
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(status().isNotFound());
        mvc.perform(get("/password/reset/" + "a".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(post("/password/reset/" + "a".repeat(43)).with(csrf()).param("newPassword", NEW_PASSWORD)).andExpect(status().isNotFound());
    }
}
