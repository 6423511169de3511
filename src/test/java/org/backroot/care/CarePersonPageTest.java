package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A person's page for a linked clinician: every section from the record, the diary only when shared, 404 otherwise. */
@BackrootAppTest
class CarePersonPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstrumentCatalog catalog;

    ApiClient person;
    ApiClient physio;

    @BeforeEach
    void aPersonWithARecordAndAPhysio() throws Exception {
        person = CarePeople.personWithARecord(mvc, catalog);
        physio = ApiClient.newClinician(mvc, jdbc, "Dr Ada Physio");
    }

    @Test
    void thePageShowsTheRecordInClinicalWordsWithTheDiaryWhenShared() throws Exception {
        CarePeople.link(person, physio, "summary", "diary");
        mvc.perform(get("/care/people/{id}", person.userId).cookie(signIn(physio))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Robin</h1>")))
                .andExpect(content().string(containsString("Sharing since " + LocalDate.now())))
                .andExpect(content().string(containsString("data-testid=\"safety-status\">clear</span>")))
                .andExpect(content().string(containsString("psoriasis")))
                .andExpect(content().string(containsString("Not sure")))
                .andExpect(content().string(containsString("Knee-to-wall test, left: 5 cm (restricted)")))
                .andExpect(content().string(containsString("Limited ankle dorsiflexion")))
                .andExpect(content().string(containsString("data-testid=\"adherence\"")))
                .andExpect(content().string(containsString("Putting on my socks: 3 / 10")))
                .andExpect(content().string(containsString("2.0 points")))
                .andExpect(content().string(containsString("Stiff after the drive")))
                .andExpect(content().string(containsString("Easier than yesterday")))
                .andExpect(content().string(containsString("/care/people/" + person.userId + "/report.pdf")))
                .andExpect(content().string(containsString("id=\"care-adjust\"")))
                .andExpect(content().string(containsString("id=\"care-messages\"")))
                .andExpect(content().string(containsString("id=\"care-alerts\"")))
                .andExpect(content().string(not(containsString("You answered"))));
        assertThat(reads("page")).isEqualTo(1);
        assertThat(reads("check-ins")).as("the diary shown is its own entry in the person's log").isEqualTo(1);
    }

    @Test
    void withoutTheDiaryThePageSaysItIsNotSharedAndShowsNone() throws Exception {
        CarePeople.link(person, physio, "summary");
        mvc.perform(get("/care/people/{id}", person.userId).cookie(signIn(physio))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Robin has not shared the diary with you.")))
                .andExpect(content().string(not(containsString("Stiff after the drive"))))
                .andExpect(content().string(not(containsString("Easier than yesterday"))));
        assertThat(reads("check-ins")).isZero();
    }

    @Test
    void anUnlinkedOrRevokedClinicianGetsTheMissingPersonPageAndThePdfToo() throws Exception {
        CarePeople.link(person, physio, "summary");
        Cookie session = signIn(physio);
        person.delete("/api/v1/care/team/{id}", physio.userId).andExpect(status().isNoContent());
        mvc.perform(get("/care/people/{id}", person.userId).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/care/people/{id}/report.pdf", person.userId).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/care/people/{id}", "no-such-person").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/care/people/{id}", person.userId).cookie(signIn(person))).andExpect(status().isForbidden());
        assertThat(reads("page")).isZero();
    }

    @Test
    void thePdfOpensFromThePage() throws Exception {
        CarePeople.link(person, physio, "summary");
        mvc.perform(get("/care/people/{id}/report.pdf", person.userId).cookie(signIn(physio))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        assertThat(reads("report")).isEqualTo(1);
    }

    private Cookie signIn(ApiClient who) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", who.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private int reads(String part) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND action = 'care.read' AND actor_id = :a AND detail = :d")
                .param("u", person.userId).param("a", physio.userId).param("d", part).query(Integer.class).single();
    }
}
