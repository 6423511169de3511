package org.backroot.insights;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** /insights renders for a new person and for a diary, works without JavaScript and keeps scripts out of the page. */
@BackrootAppTest
class InsightsPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    ApiClient person;
    Cookie session;

    /** A person with a token for seeding through the API, signed in on the pages too. */
    @BeforeEach
    void register() throws Exception {
        person = ApiClient.newPerson(mvc);
        session = mvc.perform(post("/login").with(csrf()).param("username", person.email).param("password", ApiClient.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    /** One name for one place: the menu, the page's heading and title, its address and the code all say Insights. */
    @Test
    void theMenuThePageAndItsAddressCallItInsights() throws Exception {
        String page = mvc.perform(get("/insights").cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .containsPattern("href=\"/insights\"[^>]*>\\s*<svg[^>]*>.*?</svg><span>Insights</span>")
                .contains("<h1>Insights</h1>")
                .contains("<title>Insights · ")
                .doesNotContain("Progress").doesNotContain("Your patterns");
    }

    @Test
    void aNewPersonSeesCalmEmptyStatesAndNoCharts() throws Exception {
        mvc.perform(get("/insights").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Insights</h1>")))
                .andExpect(content().string(containsString("Based on 0 days of check-ins in the last 30 days.")))
                .andExpect(content().string(containsString("No episodes in your check-ins so far.")))
                .andExpect(content().string(containsString("Not enough data yet (0 of 28 days)")))
                .andExpect(content().string(not(containsString("data-chart=\"pain\""))))
                .andExpect(content().string(containsString("data-testid=\"risk-card\"")))
                .andExpect(content().string(containsString("data-testid=\"risk-off\"")))
                .andExpect(content().string(not(containsString("data-testid=\"risk-unknown\""))));
        mvc.perform(post("/insights/flare-risk").cookie(session).with(csrf()).param("showFlareRisk", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/insights#risk-title"));
        mvc.perform(get("/insights").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("checked in on 14 of the last 90 days (so far 0)")))
                .andExpect(content().string(containsString("data-testid=\"risk-hide\"")));
    }

    @Test
    void aDiaryShowsChartsTablesEpisodesAndTheWindowSwitcher() throws Exception {
        InsightsPeople.seedDiary(person, LocalDate.now(clock), 20);
        person.put("/api/v1/insights/preferences", "{\"showFlareRisk\":true}").andExpect(status().isOk());
        mvc.perform(get("/insights?window=7d").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Based on 6 days of check-ins in the last 7 days.")))
                .andExpect(content().string(containsString("data-chart=\"pain\"")))
                .andExpect(content().string(containsString("id=\"insights-chart-data\"")))
                .andExpect(content().string(containsString("\"max\":10.0")))
                .andExpect(content().string(containsString("aria-current=\"page\">7 days")))
                .andExpect(content().string(containsString("Show the numbers")))
                .andExpect(content().string(containsString("Flare days (marked by you, or pain well above your usual level):")))
                .andExpect(content().string(containsString("highest pain 7 out of 10")))
                .andExpect(content().string(containsString("Not enough data yet (20 of 28 days)")))
                .andExpect(content().string(containsString("/js/charts.js")))
                .andExpect(content().string(containsString("/css/insights.css")))
                .andExpect(content().string(containsString("data-testid=\"risk-chance\"")))
                .andExpect(content().string(containsString("Days you marked as a flare:")));
        mvc.perform(get("/insights?window=forever").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-current=\"page\">30 days")));
    }

    @Test
    void outcomeAnswersShowTheirChangeWithABadgeWhenItIsReal() throws Exception {
        String first = "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":7,\"pain-average-week\":6,\"pain-worst-week\":8}}";
        String later = "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":2,\"pain-average-week\":3,\"pain-worst-week\":4}}";
        for (String body : new String[] {first, later}) {
            person.post("/api/v1/responses", body).andExpect(status().isCreated());
        }
        mvc.perform(get("/insights").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"mic-badge\"")))
                .andExpect(content().string(containsString("Real improvement")))
                .andExpect(content().string(containsString("Your average pain fell from 7 to 3")));
    }
}
