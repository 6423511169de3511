package org.backroot.program;

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

import java.time.Instant;
import java.util.UUID;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/** The person's time for the program, changed at any time on Today or in Settings; Today greets them in their own time zone. */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class PlanPreferencesPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    PinnedClock clock;

    @Autowired
    JdbcClient jdbc;

    Cookie session;
    String email;

    @BeforeEach
    void aPersonInLosAngeles() throws Exception {
        clock.set(Instant.parse("2026-12-02T17:30:00Z")); // 09:30 in Los Angeles
        email = "time-" + UUID.randomUUID() + "@example.org";
        session = mvc.perform(post("/register").with(csrf()).param("email", email).param("password", "a long enough password")
                        .param("displayName", "Robin").param("timeZone", "America/Los_Angeles"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private void clearScreen() throws Exception {
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
    }

    private void firstPlan() throws Exception {
        clearScreen();
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "15").param("daysPerWeek", "5"))
                .andExpect(redirectedUrl("/today"));
    }

    private String userId() {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e").param("e", email).query(String.class).single();
    }

    private int plans() {
        return jdbc.sql("SELECT COUNT(*) FROM weekly_plan WHERE user_id = :u").param("u", userId()).query(Integer.class).single();
    }

    private int latestMinutes() {
        return jdbc.sql("SELECT minutes_per_day FROM weekly_plan WHERE user_id = :u ORDER BY created_at DESC LIMIT 1")
                .param("u", userId()).query(Integer.class).single();
    }

    @Test
    void todayGreetsThePersonByNameInTheirOwnTimeZone() throws Exception {
        firstPlan();
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(containsString(">Good morning, Robin</h1>")));
        clock.set(Instant.parse("2026-12-03T03:00:00Z")); // 19:00 the day before in Los Angeles, 03:00 in UTC
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(containsString(">Good evening, Robin</h1>")));
    }

    @Test
    void changingTheTimeOnTodayRemakesThisWeekAndSaysWhatChanged() throws Exception {
        firstPlan();
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"today-time\"")))
                .andExpect(content().string(containsString("Up to 15 minutes a day, 5 days a week.")));
        int before = plans();
        clock.set(Instant.parse("2026-12-02T17:31:00Z"));
        mvc.perform(post("/settings/plan").cookie(session).with(csrf()).param("minutesPerDay", "25").param("daysPerWeek", "3").param("from", "today"))
                .andExpect(redirectedUrl("/today"))
                .andExpect(flash().attribute("preferencesChanged", "Saved: up to 25 minutes a day (was 15 minutes) and 3 days a week (was 5)."
                        + " Your plan for this week was made again from today to fit."));
        assertThat(plans()).isEqualTo(before + 1);
        assertThat(latestMinutes()).isEqualTo(25);
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(containsString("Up to 25 minutes a day, 3 days a week.")));
    }

    @Test
    void settingsShowTheCurrentTimeAndSavingTheSameAgainRemakesNothing() throws Exception {
        firstPlan();
        mvc.perform(get("/settings/plan").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"15\"")))
                .andExpect(content().string(containsString("value=\"5\"")))
                .andExpect(content().string(containsString("plan is made again from today to fit")))
                .andExpect(content().string(not(containsString("??"))));
        int before = plans();
        mvc.perform(post("/settings/plan").cookie(session).with(csrf()).param("minutesPerDay", "15").param("daysPerWeek", "5"))
                .andExpect(redirectedUrl("/settings/plan")).andExpect(flash().attribute("preferencesChanged", containsString("Nothing changed")));
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void aMistakeIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        firstPlan();
        mvc.perform(post("/settings/plan").cookie(session).with(csrf()).param("minutesPerDay", "90").param("daysPerWeek", "x").param("from", "today"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"minutesPerDay-error\"")))
                .andExpect(content().string(containsString("must be a whole number of days from 1 to 7")))
                .andExpect(content().string(containsString("value=\"90\"")));
        assertThat(latestMinutes()).isEqualTo(15);
    }

    @Test
    void beforeTheFirstPlanTheTimeIsSavedForIt() throws Exception {
        clearScreen();
        mvc.perform(post("/settings/plan").cookie(session).with(csrf()).param("minutesPerDay", "10").param("daysPerWeek", "4"))
                .andExpect(redirectedUrl("/settings/plan"))
                .andExpect(flash().attribute("preferencesChanged", "Saved: up to 10 minutes a day and 4 days a week. Your next plan will fit this."));
        assertThat(plans()).isZero();
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(containsString("value=\"10\"")));
    }

    @Test
    void whileTheProgramIsPausedForSafetyNothingIsChanged() throws Exception {
        mvc.perform(get("/settings/plan").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"plan-settings-paused\"")))
                .andExpect(content().string(not(containsString("name=\"minutesPerDay\""))));
        mvc.perform(post("/settings/plan").cookie(session).with(csrf()).param("minutesPerDay", "10").param("daysPerWeek", "4"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"plan-settings-paused\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_preferences WHERE user_id = :u").param("u", userId()).query(Integer.class).single()).isZero();
    }
}
