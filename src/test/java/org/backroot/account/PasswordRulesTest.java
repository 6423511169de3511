package org.backroot.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Guessable passwords are refused at sign-up, on the API and on the page, saying why. */
@BackrootAppTest
class PasswordRulesTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"password12", "1234567890"})
    void theApiRefusesAGuessablePasswordNamingTheField(String password) throws Exception {
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"g-" + UUID.randomUUID() + "@example.org\",\"password\":\"" + password + "\",\"displayName\":\"Gus\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("password")))
                .andExpect(jsonPath("$.errors[?(@.field=='password')].message").value(hasItem(containsString("too easy to guess"))))
                .andExpect(jsonPath("$.errors[?(@.field=='password')].message").value(hasItem(containsString("common password"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password12", "1234567890"})
    void theSignUpPageRefusesAGuessablePasswordAndSaysWhy(String password) throws Exception {
        mvc.perform(post("/register").with(csrf()).param("email", "g-" + UUID.randomUUID() + "@example.org")
                        .param("password", password).param("displayName", "Gus"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("too easy to guess")))
                .andExpect(content().string(containsString("Add another word or two.")));
    }
}
