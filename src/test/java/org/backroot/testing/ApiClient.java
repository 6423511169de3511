package org.backroot.testing;


import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** A person using the JSON API in tests: registers, gets a token, and calls endpoints with it. */
public final class ApiClient {

    public static final String PASSWORD = "correct horse battery";

    private final MockMvc mvc;
    public final String email;
    public final String token;
    public final String userId;

    private ApiClient(MockMvc mvc, String email, String token, String userId) {
        this.mvc = mvc;
        this.email = email;
        this.token = token;
        this.userId = userId;
    }

    /** Registers a new person with a unique email and issues them a token. */
    public static ApiClient newPerson(MockMvc mvc) throws Exception {
        return newPerson(mvc, "p-" + UUID.randomUUID() + "@example.org", "Pat");
    }

    /** Registers a new person with this email and name and issues them a token. */
    public static ApiClient newPerson(MockMvc mvc, String email, String displayName) throws Exception {
        String account = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + displayName + "\"}"))
                .andReturn().getResponse().getContentAsString();
        String userId = JsonPath.read(account, "$.id");
        String issued = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, basic(email, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"tests\"}"))
                .andReturn().getResponse().getContentAsString();
        return new ApiClient(mvc, email, JsonPath.read(issued, "$.token"), userId);
    }

    /** Signs in an existing account (a clinician an administrator created, say) and issues it a token. */
    public static ApiClient signIn(MockMvc mvc, String email, String password) throws Exception {
        var issued = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, basic(email, password))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"tests\"}"))
                .andReturn().getResponse();
        if (issued.getStatus() != 201) throw new IllegalStateException("sign-in of " + email + " answered " + issued.getStatus());
        String token = JsonPath.read(issued.getContentAsString(), "$.token");
        String me = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andReturn().getResponse().getContentAsString();
        return new ApiClient(mvc, email, token, JsonPath.read(me, "$.id"));
    }

    /**
     * A clinician account: registered, then given the CLINICIAN role instead of PERSON (as an admin would create it),
     * with a token issued after the role change.
     */
    public static ApiClient newClinician(MockMvc mvc, org.springframework.jdbc.core.simple.JdbcClient jdbc, String displayName) throws Exception {
        return newAccount(mvc, jdbc, displayName, "CLINICIAN");
    }

    /** An account with these roles (comma-separated role names, as stored), its token issued after the roles are set. */
    public static ApiClient newAccount(MockMvc mvc, org.springframework.jdbc.core.simple.JdbcClient jdbc, String displayName, String roles) throws Exception {
        String email = "a-" + UUID.randomUUID() + "@example.org";
        String account = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + displayName + "\"}"))
                .andReturn().getResponse().getContentAsString();
        String userId = JsonPath.read(account, "$.id");
        jdbc.sql("UPDATE app_user SET roles = :roles, credentials_version = credentials_version + 1 WHERE id = :id")
                .param("roles", roles).param("id", userId).update();
        String issued = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, basic(email, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"tests\"}"))
                .andReturn().getResponse().getContentAsString();
        return new ApiClient(mvc, email, JsonPath.read(issued, "$.token"), userId);
    }

    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public ResultActions get(String path, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, vars).header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    public ResultActions post(String path, String json, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, vars)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions put(String path, String json, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path, vars)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions patch(String path, String json, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(path, vars)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions delete(String path, Object... vars) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path, vars)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    /** Reads one value from a JSON response body. */
    public static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

}
