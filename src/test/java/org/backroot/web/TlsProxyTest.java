package org.backroot.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the README promises behind a TLS proxy: HSTS on every HTTPS answer, none on plain HTTP. (The Secure flag of
 * the session cookie comes from server.servlet.session.cookie.secure=true, which the README tells operators to set.)
 */
@BackrootAppTest
class TlsProxyTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anHttpsRequestGetsHsts() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=31536000")));
        // The session cookie's attributes come from server.servlet.session.cookie.* only on the embedded server, not
        // in this mock servlet environment, so they are not asserted here.
        mvc.perform(post("/login").secure(true).with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("includeSubDomains")));
    }

    @Test
    void plainHttpGetsNoHsts() throws Exception {
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
