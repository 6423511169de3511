package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** A crawler must not fill the session table: a session is made only when someone signs in or registers. */
@BackrootAppTest
class AnonymousSessionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousPagesStaticFilesAndApiCallsWriteNoSessionRow() throws Exception {
        long before = sessionRows();

        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/register")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/app.js")).andExpect(status().isOk());
        mvc.perform(get("/today")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/no-such-page"));
        mvc.perform(get("/api/v1/instruments")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer brt_not-a-token")).andExpect(status().isUnauthorized());
        mvc.perform(post("/login").param("username", "nobody@example.org").param("password", "x"))
                .andExpect(status().isForbidden());

        assertThat(sessionRows()).as("session rows after anonymous requests").isEqualTo(before);
    }

    @Test
    void signingInWithTheLoginFormsTokenMakesTheSession() throws Exception {
        ApiClient person = ApiClient.newPerson(mvc, "s-" + UUID.randomUUID() + "@example.org", "Sam");
        MockHttpServletResponse loginPage = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse();
        String token = hiddenCsrf(loginPage.getContentAsString());
        long before = sessionRows();

        MockHttpServletResponse signedIn = mvc.perform(post("/login").cookie(loginPage.getCookies())
                        .param("username", person.email).param("password", ApiClient.PASSWORD).param("_csrf", token))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse();

        assertThat(sessionRows()).isEqualTo(before + 1);
        Cookie session = signedIn.getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        mvc.perform(get("/settings/time-zone").cookie(session)).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user("username", person.email).password(ApiClient.PASSWORD))
                .andExpect(redirectedUrl("/start"));
    }

    private static String hiddenCsrf(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF field in the login form").isTrue();
        return m.group(1);
    }

    private long sessionRows() {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Long.class).single();
    }
}
