package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The clinician's panel page: where they land, what it lists first, acknowledging an alert with a note (PRG). */
@BackrootAppTest
class CarePanelPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstrumentCatalog catalog;

    ApiClient physio;
    Cookie session;

    @BeforeEach
    void aSignedInPhysio() throws Exception {
        physio = ApiClient.newClinician(mvc, jdbc, "Dr Ada Physio");
        var signIn = mvc.perform(post("/login").with(csrf()).param("username", physio.email).param("password", ApiClient.PASSWORD))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse();
        session = signIn.getCookie("SESSION");
        mvc.perform(get("/start").cookie(session)).andExpect(redirectedUrl("/care/people"));
    }

    private ApiClient linkedPerson(String name, Map<String, String> screen) throws Exception {
        ApiClient p = ApiClient.newPerson(mvc, "p-" + java.util.UUID.randomUUID() + "@example.org", name);
        p.post("/api/v1/responses", RedFlagScreens.json(catalog, screen)).andExpect(status().isCreated());
        String code = ApiClient.read(p.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\"]}"), "$.code");
        physio.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());
        return p;
    }

    private String page() throws Exception {
        return mvc.perform(get("/care/people").cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aNewClinicianIsToldHowAPersonLinksThem() throws Exception {
        String html = page();
        assertThat(html).contains("No one has shared their program with you yet").contains("K7QFM-2XDRB").contains("href=\"/care/link\"")
                .doesNotContain("href=\"/today\"");
    }

    @Test
    void theRedFlagComesFirstAndAnAcknowledgedAlertLeavesTheTopWithItsNoteKept() throws Exception {
        linkedPerson("Amy", Map.of());
        ApiClient zoe = linkedPerson("Zoe", Map.of("foot-drop", "yes"));
        String html = page();
        assertThat(html.indexOf(">Zoe<")).isPositive().isLessThan(html.indexOf(">Amy<"));
        assertThat(html).contains("Red flag").contains("Urgent").contains("href=\"/care/people/" + zoe.userId + "\"");
        String alertId = jdbc.sql("SELECT id FROM care_alert WHERE user_id = :u").param("u", zoe.userId).query(String.class).single();
        String action = "/care/alerts/" + zoe.userId + "/" + alertId + "/acknowledge";
        assertThat(html).contains("action=\"" + action + "\"");

        String refused = mvc.perform(post(action).cookie(session).with(csrf()).param("note", "x".repeat(501)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("at most 500 characters").contains("aria-invalid=\"true\"");

        mvc.perform(post(action).cookie(session).with(csrf()).param("note", "Phoned; seen in A&E today."))
                .andExpect(redirectedUrl("/care/people"));
        html = page();
        assertThat(html.indexOf(">Amy<")).isLessThan(html.indexOf(">Zoe<"));
        assertThat(jdbc.sql("SELECT note FROM care_alert_ack WHERE user_id = :u").param("u", zoe.userId).query(String.class).single())
                .isEqualTo("Phoned; seen in A&E today.");
    }

    @Test
    void anAlertOfSomeoneNotLinkedAnswersNotFound() throws Exception {
        ApiClient zoe = ApiClient.newPerson(mvc);
        zoe.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of("foot-drop", "yes"))).andExpect(status().isCreated());
        mvc.perform(post("/care/alerts/" + zoe.userId + "/anything/acknowledge").cookie(session).with(csrf()).param("note", "hi"))
                .andExpect(status().isNotFound());
    }
}
