package org.backroot.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@BackrootAppTest
class PrivacyHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAndApiAnswersSendNoRefererOnwardAndAllowNoDeviceFeatures() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        expectPrivacyHeaders(mvc.perform(get("/")).andExpect(status().isOk()));
        expectPrivacyHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
        expectPrivacyHeaders(pat.get("/api/v1/me").andExpect(status().isOk()));
        expectPrivacyHeaders(mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()));
        expectPrivacyHeaders(mvc.perform(get("/api/v1/tokens")).andExpect(status().isUnauthorized()));
    }

    private static void expectPrivacyHeaders(ResultActions result) throws Exception {
        result.andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
                .andExpect(header().string("Permissions-Policy", containsString("microphone=()")));
    }
}
