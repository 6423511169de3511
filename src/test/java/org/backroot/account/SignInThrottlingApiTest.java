package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Password guessing slows down, then pauses, per account and per address; every attempt is audited; the owner is told. */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class SignInThrottlingApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PinnedClock clock;

    @Autowired
    JdbcClient jdbc;

    private Instant now;
    private String address;
    private ApiClient person;

    @BeforeEach
    void aPersonAndAnAddressOfTheirOwn() throws Exception {
        now = Instant.parse("2026-12-01T09:00:00Z");
        clock.set(now);
        address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        person = ApiClient.newPerson(mvc);
    }

    private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private ResultActions basic(String email, String password) throws Exception {
        return mvc.perform(from(post("/api/v1/tokens")).header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\"}"));
    }

    private void advance(Duration d) {
        now = now.plus(d);
        clock.set(now);
    }

    private int audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND action = :a")
                .param("u", person.userId).param("a", action).query(Integer.class).single();
    }

    @Test
    void wrongPasswordsOverHttpBasicWaitLongerEachTimeThenLockWith429AndRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) basic(person.email, "not my password at all").andExpect(status().isUnauthorized());
        basic(person.email, ApiClient.PASSWORD).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("wait 1 second")));
        long[] waits = {1, 2, 4, 8};
        for (long wait : waits) {
            advance(Duration.ofSeconds(wait));
            basic(person.email, "not my password at all").andExpect(status().isUnauthorized());
        }
        basic(person.email, "not my password at all").andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "16"));
        advance(Duration.ofSeconds(16));
        basic(person.email, "not my password at all").andExpect(status().isUnauthorized());

        // The 10th wrong password pauses sign-in for 15 minutes, even with the right password.
        advance(Duration.ofMinutes(1));
        basic(person.email, ApiClient.PASSWORD).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "840"))
                .andExpect(jsonPath("$.detail").value(containsString("paused for safety")));
        advance(Duration.ofMinutes(14));
        basic(person.email, ApiClient.PASSWORD).andExpect(status().isCreated());

        assertThat(audited("sign-in-failed")).isEqualTo(10);
        assertThat(audited("sign-in-throttled")).isEqualTo(3);

        // The owner is told on the API until they dismiss it.
        person.get("/api/v1/me").andExpect(jsonPath("$.signInNotice.failedAttempts").value(10))
                .andExpect(jsonPath("$.signInNotice.refusedAttempts").value(3))
                .andExpect(jsonPath("$.signInNotice.message").value(containsString("someone tried 10 wrong passwords")));
        person.delete("/api/v1/me/sign-in-notice").andExpect(status().isNoContent());
        person.get("/api/v1/me").andExpect(jsonPath("$.signInNotice").doesNotExist());
    }

    @Test
    void oneAddressGuessingAtManyAccountsIsSlowedDownToo() throws Exception {
        for (int i = 0; i < 20; i++) {
            basic("nobody-" + UUID.randomUUID() + "@example.org", "not my password at all").andExpect(status().isUnauthorized());
        }
        basic(person.email, ApiClient.PASSWORD).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"));
        advance(Duration.ofSeconds(1));
        basic(person.email, ApiClient.PASSWORD).andExpect(status().isCreated());
    }

    @Test
    void theLoginPageSaysWhySignInIsPausedAndTheNextSignInShowsWhatHappened() throws Exception {
        for (int i = 0; i < 10; i++) {
            advance(Duration.ofMinutes(1));
            mvc.perform(from(post("/login")).with(csrf()).param("username", person.email).param("password", "not my password at all"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(from(post("/login")).with(csrf()).param("username", person.email).param("password", ApiClient.PASSWORD))
                .andExpect(redirectedUrl("/login?wait=900&locked"));
        mvc.perform(get("/login").param("wait", "900").param("locked", ""))
                .andExpect(content().string(containsString("paused for safety. Please try again in 15 minutes")));

        advance(Duration.ofMinutes(15));
        var session = mvc.perform(from(post("/login")).with(csrf()).param("username", person.email).param("password", ApiClient.PASSWORD))
                .andExpect(redirectedUrl("/sign-in-notice")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/sign-in-notice").cookie(session))
                .andExpect(content().string(containsString("Since 1 December 2026 at 09:01, someone tried 10 wrong passwords")))
                .andExpect(content().string(containsString("1 more attempt was turned away")));
        mvc.perform(post("/sign-in-notice").with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/start"));
        person.get("/api/v1/me").andExpect(jsonPath("$.signInNotice").doesNotExist());
        mvc.perform(delete("/api/v1/me/sign-in-notice").header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token)).andExpect(status().isNotFound());
    }
}
