package org.backroot.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.backroot.testing.RedFlagScreens;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.backroot.testing.BackrootAppTest;

import jakarta.servlet.http.Cookie;

/** Today, the week and the fear ladder on the web pages: forms, redirects, inline errors, safety. */
@BackrootAppTest
class TodayPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    Cookie session;

    @BeforeEach
    void register() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "today-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private void clearScreen() throws Exception {
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
    }

    @Test
    void withoutAScreenTodayShowsTheSafetyMessageAndNoProgram() throws Exception {
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("program-paused")))
                .andExpect(content().string(not(containsString("Create my plan"))));
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "20").param("daysPerWeek", "4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("program-paused")));
        mvc.perform(get("/fear-ladder").cookie(session)).andExpect(content().string(containsString("program-paused")));
        mvc.perform(get("/plan/week").cookie(session)).andExpect(content().string(containsString("program-paused")));
    }

    @Test
    void createsAPlanFromThePreferencesFormAndTicksOffAnItem() throws Exception {
        clearScreen();
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Create my plan")));
        var refused = mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "2").param("daysPerWeek", "nine"))
                .andExpect(redirectedUrl("/today")).andReturn();
        mvc.perform(get("/today").cookie(session).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("must be a whole number of minutes from 5 to 60")))
                .andExpect(content().string(containsString("must be a whole number of days from 1 to 7")));
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "20").param("daysPerWeek", "7"))
                .andExpect(redirectedUrl("/today"));
        String page = mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"today-items\"")))
                .andExpect(content().string(containsString("data-testid=\"checkin-card\"")))
                .andExpect(content().string(containsString("href=\"/activities/")))
                .andExpect(content().string(containsString("data-phase=\"build\"")))
                .andReturn().getResponse().getContentAsString();

        String firstActivity = page.replaceFirst("(?s).*?name=\"activityId\" value=\"([a-z0-9-]+)\".*", "$1");
        mvc.perform(post("/today/practice").cookie(session).with(csrf()).param("slot", "0").param("activityId", firstActivity)
                        .param("completed", "true"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/today/practice").cookie(session).with(csrf()).param("slot", "0").param("activityId", firstActivity)
                        .param("completed", "true").param("pain-0", "3"))
                .andExpect(redirectedUrl("/today"));
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(containsString("data-done=\"true\"")));
        mvc.perform(get("/plan/week").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"week-days\"")));
    }

    @Test
    void theFearLadderPageAddsChangesAndRemovesItems() throws Exception {
        clearScreen();
        mvc.perform(post("/fear-ladder").cookie(session).with(csrf()).param("activity", " ").param("fear", "150"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("error-summary")));
        mvc.perform(post("/fear-ladder").cookie(session).with(csrf()).param("activity", "Lifting the shopping").param("fear", "70"))
                .andExpect(redirectedUrl("/fear-ladder"));
        String page = mvc.perform(get("/fear-ladder").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lifting the shopping")))
                .andExpect(content().string(containsString("data-testid=\"current-step\"")))
                .andReturn().getResponse().getContentAsString();
        String id = page.replaceAll("(?s).*data-item=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post("/fear-ladder/{id}", id).cookie(session).with(csrf()).param("activity", "Lifting a light bag").param("fear", "40"))
                .andExpect(redirectedUrl("/fear-ladder"));
        mvc.perform(get("/fear-ladder").cookie(session)).andExpect(content().string(containsString("Lifting a light bag")))
                .andExpect(content().string(containsString("Fear 40 / 100")));

        Cookie other = mvc.perform(post("/register").with(csrf()).param("email", "other-" + UUID.randomUUID() + "@example.org")
                .param("password", "a long enough password").param("displayName", "Sam")).andReturn().getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(other).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen);
        mvc.perform(post("/fear-ladder/{id}/delete", id).cookie(other).with(csrf())).andExpect(status().isNotFound());

        mvc.perform(post("/fear-ladder/{id}/delete", id).cookie(session).with(csrf())).andExpect(redirectedUrl("/fear-ladder"));
        mvc.perform(get("/fear-ladder").cookie(session)).andExpect(content().string(not(containsString("Lifting a light bag"))));
    }

    @Test
    void pagesRequireSignIn() throws Exception {
        mvc.perform(get("/today")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/fear-ladder")).andExpect(status().is3xxRedirection());
    }
}
