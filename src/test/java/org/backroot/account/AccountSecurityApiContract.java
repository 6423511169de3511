package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.backroot.testing.ApiClient;
import org.backroot.testing.PinnedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Token revocation and account deletion take effect at once on every instance (a second {@link AccessTokenService}
 * on the same database plays the other instance, its cache warm), and sign-in throttling keeps its state in the
 * database. Run on SQLite and on PostgreSQL by its two subclasses.
 */
abstract class AccountSecurityApiContract {

    @Autowired
    MockMvc mvc;

    @Autowired
    PinnedClock clock;

    @Autowired
    AccessTokenRepository tokenRows;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock appClock;

    @Autowired
    AccessTokenService thisInstance;

    private AccessTokenService otherInstance;
    private ApiClient person;

    @BeforeEach
    void aPersonAndASecondInstance() throws Exception {
        clock.set(Instant.parse("2026-12-01T09:00:00Z"));
        otherInstance = new AccessTokenService(tokenRows, accounts, audit, appClock, Duration.ofSeconds(30));
        person = ApiClient.newPerson(mvc);
    }

    @Test
    void aTokenRevokedOnOneInstanceIsRefusedOnAnotherAtOnce() {
        assertThat(otherInstance.authenticate(person.token)).map(CurrentUser::id).contains(person.userId);
        String tokenId = thisInstance.list(person.userId).get(0).id();

        thisInstance.revoke(person.userId, tokenId);

        assertThat(otherInstance.authenticate(person.token)).isEmpty();
    }

    @Test
    void anotherTokenOfThePersonStillWorksAfterOneIsRevoked() {
        var second = thisInstance.issue(person.userId, "second");
        assertThat(otherInstance.authenticate(second.token())).isPresent();
        thisInstance.revoke(person.userId, thisInstance.list(person.userId).stream().filter(t -> !t.id().equals(second.id())).findFirst().orElseThrow().id());
        assertThat(otherInstance.authenticate(second.token())).map(CurrentUser::id).contains(person.userId);
    }

    @Test
    void aDeletedAccountsTokenIsRefusedEverywhere() throws Exception {
        assertThat(otherInstance.authenticate(person.token)).isPresent();
        person.delete("/api/v1/me").andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmEmail\":\"" + person.email + "\"}"))
                .andExpect(status().isNoContent());

        assertThat(otherInstance.authenticate(person.token)).isEmpty();
        person.get("/api/v1/me").andExpect(status().isUnauthorized());
    }

    @Test
    void wrongPasswordsAreThrottledAndReportedOnThisDatabase() throws Exception {
        String address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);
        for (int i = 0; i < 5; i++) basic(address, "not my password at all").andExpect(status().isUnauthorized());
        basic(address, ApiClient.PASSWORD).andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "1"));
        clock.set(Instant.parse("2026-12-01T09:00:01Z"));
        basic(address, ApiClient.PASSWORD).andExpect(status().isCreated());
        person.get("/api/v1/me").andExpect(jsonPath("$.signInNotice.failedAttempts").value(5))
                .andExpect(jsonPath("$.signInNotice.refusedAttempts").value(1))
                .andExpect(jsonPath("$.signInNotice.message").value(containsString("Since 1 December 2026 at 09:00")));
    }

    private ResultActions basic(String address, String password) throws Exception {
        return mvc.perform(post("/api/v1/tokens").with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                }).header(HttpHeaders.AUTHORIZATION, ApiClient.basic(person.email, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\"}"));
    }
}
