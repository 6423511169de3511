package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;

/** A crawler must not fill the session table: a session is made only when someone signs in or registers. */
@BackrootAppTest
class AnonymousSessionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FilterChainProxy security;

    private final Map<CsrfFilter, Object> testRepositories = new HashMap<>();

    /**
     * Spring Security's test {@code csrf()} swaps a session-backed token store into the shared context's CSRF filters;
     * this test needs the one the application runs with, and puts the other back afterwards.
     */
    @BeforeEach
    void useTheApplicationsCsrfTokenStore() {
        for (SecurityFilterChain chain : security.getFilterChains()) {
            for (Filter filter : chain.getFilters()) {
                if (filter instanceof CsrfFilter csrf) {
                    testRepositories.put(csrf, ReflectionTestUtils.getField(csrf, "tokenRepository"));
                    ReflectionTestUtils.setField(csrf, "tokenRepository", SecurityConfiguration.csrfCookie());
                }
            }
        }
    }

    @AfterEach
    void putBackTheTestsCsrfTokenStore() {
        testRepositories.forEach((filter, repository) -> ReflectionTestUtils.setField(filter, "tokenRepository", repository));
    }

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
