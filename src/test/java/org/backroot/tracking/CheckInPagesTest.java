package org.backroot.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.backroot.testing.BackrootAppTest;
import org.backroot.tracking.domain.CheckIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.http.Cookie;

/** The check-in page on the server side: today preselected, one-tap save with PRG, inline errors, the Today card. */
@BackrootAppTest
class CheckInPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    ITemplateEngine templates;

    Cookie session;
    LocalDate today;

    @BeforeEach
    void registerThroughTheForm() throws Exception {
        today = LocalDate.now(clock);
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "checkin-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void showsTodayPreselectedWithLabelledScalesAndTheRedFlagsListedPlainly() throws Exception {
        mvc.perform(get("/checkin").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + today + "\"")))
                .andExpect(content().string(containsString("id=\"pain-10\"")))
                .andExpect(content().string(containsString("id=\"stress-0\"")))
                .andExpect(content().string(containsString("name=\"sleepHours\"")))
                .andExpect(content().string(containsString("id=\"flare-yes\"")))
                .andExpect(content().string(containsString("Numbness or tingling between your legs or around your bottom")))
                .andExpect(content().string(containsString("Signs to tell a doctor about")))
                .andExpect(content().string(containsString("/js/checkin.js")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void savingRedirectsToTodayWithSavedAndTheAnswersShowWhenTheDayIsOpenedAgain() throws Exception {
        mvc.perform(post("/checkin").cookie(session).with(csrf())
                        .param("date", today.toString()).param("pain", "3").param("stress", "5").param("sleepHours", "6.5")
                        .param("flare", "false").param("newSymptoms", "stiffness-morning").param("steps", "").param("note", "Better"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/today"))
                .andExpect(flash().attribute("checkinSaved", true));
        mvc.perform(get("/checkin").param("date", today.toString()).cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pain-3\" value=\"3\" checked")))
                .andExpect(content().string(containsString("value=\"6.5\"")))
                .andExpect(content().string(containsString("already checked in")))
                .andExpect(content().string(containsString(">Better</textarea>")));
    }

    @Test
    void anotherDayCanBeFilledInAndAFutureDayIsRefusedInline() throws Exception {
        LocalDate lastWeek = today.minusDays(7);
        mvc.perform(post("/checkin").cookie(session).with(csrf())
                        .param("date", lastWeek.toString()).param("pain", "6").param("stress", "2").param("sleepHours", "8").param("flare", "true"))
                .andExpect(redirectedUrl("/today"));
        mvc.perform(get("/checkin").param("date", lastWeek.toString()).cookie(session))
                .andExpect(content().string(containsString("value=\"" + lastWeek + "\"")))
                .andExpect(content().string(containsString("id=\"flare-yes\" data-testid=\"field-flare-yes\" checked")));
        mvc.perform(post("/checkin").cookie(session).with(csrf())
                        .param("date", today.plusDays(1).toString()).param("pain", "6").param("stress", "2").param("sleepHours", "8").param("flare", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("must not be in the future")));
    }

    @Test
    void missingAndOutOfRangeAnswersAreShownInlineWith400AndKeepWhatWasEntered() throws Exception {
        mvc.perform(post("/checkin").cookie(session).with(csrf())
                        .param("date", today.toString()).param("stress", "4").param("sleepHours", "30").param("steps", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("href=\"#pain\"")))
                .andExpect(content().string(containsString("href=\"#flare\"")))
                .andExpect(content().string(containsString("value=\"30\"")))
                .andExpect(content().string(containsString("details class=\"card card--quiet stack\" open")))
                .andExpect(content().string(containsString("id=\"stress-4\" value=\"4\" checked")));
    }

    @Test
    void pagesRequireSignIn() throws Exception {
        mvc.perform(get("/checkin")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/checkin").with(csrf()).param("pain", "3")).andExpect(status().is3xxRedirection());
    }

    private String card(CheckIn checkIn, Map<String, Object> extra) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/today");
        var exchange = JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, Locale.ENGLISH);
        context.setVariable("checkin", checkIn);
        context.setVariable("today", today);
        extra.forEach(context::setVariable);
        return templates.process("tracking/checkin", Set.of("card"), context);
    }

    @Test
    void theTodayCardOffersTheCheckInOrSummarisesTheDay() {
        String todo = card(null, Map.of());
        assertThat(todo).contains("data-testid=\"checkin-card\"", "How are you today?", "href=\"/checkin\"").doesNotContain("Saved");

        CheckIn done = new CheckIn(today, 3, 4, 7.0, null, null, null, null, null, null, true, Set.of(), null);
        String summary = card(done, Map.of("checkinSaved", true));
        assertThat(summary).contains("Saved.", "Pain 3 out of 10", "Stress 4 out of 10", "Sleep 7 hours", "flare",
                "/checkin?date=" + today).doesNotContain("<main");
    }
}
