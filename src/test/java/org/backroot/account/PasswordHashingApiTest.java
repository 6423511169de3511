package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.Email;
import org.backroot.account.domain.Role;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Passwords up to the documented 128 characters all count, and hashes from before Argon2id are upgraded. */
@BackrootAppTest
class PasswordHashingApiTest {

    /** 128 characters, 128 bytes: bcrypt would have ignored everything after the 72nd byte (or refused it). */
    private static final String LONG = ("rivers carry quiet stones past the old mill at dusk; ".repeat(3)).substring(0, 128);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AccountService accountService;

    @Test
    void aPasswordOf128CharactersRegistersAndSignsIn() throws Exception {
        String email = "long-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + LONG + "\",\"displayName\":\"Lee\"}"))
                .andExpect(status().isCreated());

        issueToken(email, LONG).andExpect(status().isCreated());
        // Every character counts: the same password with its last character changed is wrong.
        issueToken(email, LONG.substring(0, 127) + "!").andExpect(status().isUnauthorized());
        assertThat(accounts.passwordHash(accounts.findByEmail(new Email(email)).orElseThrow().id()).orElseThrow())
                .startsWith("{argon2}$argon2id$");
    }

    @Test
    void anAdministratorPasswordOf80CharactersStartsUpAndSignsIn() throws Exception {
        String email = "admin80-" + UUID.randomUUID() + "@example.org";
        String password = LONG.substring(0, 80);
        new AdminBootstrap(new AdminProperties(email, password), accountService, accounts, encoder).run(null);

        assertThat(accounts.findByEmail(new Email(email)).orElseThrow().roles()).contains(Role.ADMIN);
        issueToken(email, password).andExpect(status().isCreated());
    }

    @Test
    void aBcryptHashFromBeforeSignsInAndIsUpgradedToArgon2id() throws Exception {
        String email = "old-" + UUID.randomUUID() + "@example.org";
        String id = UUID.randomUUID().toString();
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(ApiClient.PASSWORD);
        accounts.insert(new Account(id, new Email(email), "Old Timer", Set.of(Role.PERSON), java.time.Instant.parse("2025-01-01T00:00:00Z")), bcrypt);

        issueToken(email, ApiClient.PASSWORD).andExpect(status().isCreated());

        String upgraded = accounts.passwordHash(id).orElseThrow();
        assertThat(upgraded).startsWith("{argon2}$argon2id$").isNotEqualTo(bcrypt);
        assertThat(encoder.matches(ApiClient.PASSWORD, upgraded)).isTrue();
        issueToken(email, ApiClient.PASSWORD).andExpect(status().isCreated());
    }

    private org.springframework.test.web.servlet.ResultActions issueToken(String email, String password) throws Exception {
        return mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(email, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\"}"));
    }
}
