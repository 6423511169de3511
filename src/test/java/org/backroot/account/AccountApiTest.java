package org.backroot.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class AccountApiTest {

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions register(String json) throws Exception {
        return mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void registersAPersonAndAnswersWithTheAccount() throws Exception {
        register("{\"email\":\"Robin@Example.org\",\"password\":\"a long enough pass\",\"displayName\":\"Robin\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.email").value("robin@example.org"))
                .andExpect(jsonPath("$.displayName").value("Robin"))
                .andExpect(jsonPath("$.roles[0]").value("PERSON"))
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    @Test
    void refusesATakenEmailWith409() throws Exception {
        String body = "{\"email\":\"sam@example.org\",\"password\":\"a long enough pass\",\"displayName\":\"Sam\"}";
        register(body).andExpect(status().isCreated());
        register(body).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() throws Exception {
        register("{\"email\":\"not-an-email\",\"password\":\"short\",\"displayName\":\"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("email", "password", "displayName")))
                .andExpect(jsonPath("$.errors[?(@.field=='password')].message").value(hasItem(containsString("at least 10"))));
    }

    @Test
    void answersMalformedJsonWith400NotA500() throws Exception {
        register("{\"email\": ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void answersAWronglyTypedFieldWith400NamingIt() throws Exception {
        register("{\"email\":[1,2],\"password\":\"a long enough pass\",\"displayName\":\"X\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    void issuesATokenOnceWithBasicAuthAndUsesItForMe() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/me").andExpect(status().isOk()).andExpect(jsonPath("$.email").value(pat.email))
                .andExpect(jsonPath("$.id").value(pat.userId));
        pat.get("/api/v1/tokens").andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("tests"))
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }

    @Test
    void refusesTokenCreationWithAWrongPassword() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(pat.email, "wrong password!!"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void requiresATokenNameWith400() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(pat.email, ApiClient.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void answers401WithoutOrWithABadToken() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer brt_nope")).andExpect(status().isUnauthorized());
    }

    @Test
    void doesNotAcceptBasicAuthOutsideTokenManagement() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(pat.email, ApiClient.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void revokedTokenStopsWorking() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        String id = ApiClient.read(pat.get("/api/v1/tokens"), "$[0].id");
        pat.delete("/api/v1/tokens/{id}", id).andExpect(status().isNoContent());
        pat.get("/api/v1/me").andExpect(status().isUnauthorized());
    }

    @Test
    void cannotRevokeSomeoneElsesTokenAndGets404LikeAMissingOne() throws Exception {
        ApiClient ann = ApiClient.newPerson(mvc);
        ApiClient ben = ApiClient.newPerson(mvc);
        String annTokenId = ApiClient.read(ann.get("/api/v1/tokens"), "$[0].id");
        ben.delete("/api/v1/tokens/{id}", annTokenId).andExpect(status().isNotFound());
        ben.delete("/api/v1/tokens/{id}", "00000000-0000-0000-0000-000000000000").andExpect(status().isNotFound());
        ann.get("/api/v1/me").andExpect(status().isOk());
    }

    @Test
    void unknownApiPathIsAProblem404() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/nothing-here").andExpect(status().isNotFound());
    }

    @Test
    void healthIsUpWithoutSigningIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
