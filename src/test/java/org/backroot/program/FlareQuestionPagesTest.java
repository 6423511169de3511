package org.backroot.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/** "Is this a flare?" on Today: one raised day asks; yes switches to calm with the cause, no is remembered. */
@BackrootAppTest
class FlareQuestionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    Cookie session;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void aPersonWithAPlanAndOneRaisedDay() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "flare-q-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "20").param("daysPerWeek", "5"))
                .andExpect(status().is3xxRedirection());
        for (int d = 4; d >= 1; d--) checkIn(today.minusDays(d), 2);
        checkIn(today, 5);
    }

    @Test
    void oneRaisedDayAsksInsteadOfSwitching() throws Exception {
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"flare-question\"")))
                .andExpect(content().string(containsString("Is this a flare?")));
        assertPhase("build");
    }

    @Test
    void yesSwitchesToCalmWithTheCauseRecorded() throws Exception {
        mvc.perform(post("/today/flare-question").cookie(session).with(csrf()).param("date", today.toString()).param("answer", "yes"))
                .andExpect(redirectedUrl("/today")).andExpect(flash().attribute("flareAnswered", "yes"));
        assertPhase("calm");
        mvc.perform(get("/plan/week").cookie(session)).andExpect(content().string(containsString("You told us")));
    }

    @Test
    void noIsRememberedAndNothingSwitches() throws Exception {
        mvc.perform(post("/today/flare-question").cookie(session).with(csrf()).param("date", today.toString()).param("answer", "no"))
                .andExpect(redirectedUrl("/today"));
        assertPhase("build");
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(not(containsString("flare-yes"))));
    }

    @Test
    void aMissingAnswerIsAMessageNotAnError() throws Exception {
        mvc.perform(post("/today/flare-question").cookie(session).with(csrf()).param("date", today.toString()))
                .andExpect(redirectedUrl("/today")).andExpect(flash().attribute("flareQuestionError", containsString("yes or no")));
        mvc.perform(post("/today/flare-question").cookie(session).with(csrf()).param("date", "not-a-date").param("answer", "yes"))
                .andExpect(redirectedUrl("/today")).andExpect(flash().attribute("flareQuestionError", containsString("That day")));
        assertPhase("build");
    }

    private void checkIn(LocalDate date, int pain) throws Exception {
        mvc.perform(post("/checkin").cookie(session).with(csrf()).param("date", date.toString()).param("pain", String.valueOf(pain))
                        .param("stress", "3").param("sleepHours", "7").param("flare", "false").contentType(MediaType.APPLICATION_FORM_URLENCODED))
                .andExpect(status().is3xxRedirection());
    }

    private void assertPhase(String phase) throws Exception {
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(containsString("data-phase=\"" + phase + "\"")));
    }
}
