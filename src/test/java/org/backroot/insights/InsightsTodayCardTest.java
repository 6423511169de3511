package org.backroot.insights;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The Today page shows the flare-risk card that insights puts in its model. */
@BackrootAppTest
class InsightsTodayCardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    Clock clock;

    @Test
    void todayOffersTheFlareEstimateOnlyAsAChoiceAndShowsItWithItsBasisOnceChosen() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of())).andExpect(status().isCreated());
        InsightsPeople.seedDiary(pat, LocalDate.now(clock), 20);
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "15").param("daysPerWeek", "5"));
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"risk-card\"")))
                .andExpect(content().string(containsString("data-testid=\"risk-off\"")))
                .andExpect(content().string(not(containsString("data-testid=\"risk-chance\""))))
                .andExpect(content().string(not(containsString("What you can do"))));
        pat.get("/api/v1/insights/risk").andExpect(status().isOk())
                .andExpect(jsonPath("$.optedIn").value(false)).andExpect(jsonPath("$.basis").value("simulated"));

        mvc.perform(post("/insights/flare-risk").cookie(session).with(csrf()).param("showFlareRisk", "true").param("from", "today"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/today#risk-title"));
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"risk-chance\"")))
                .andExpect(content().string(containsString("chance of a flare in the next 7 days")))
                .andExpect(content().string(containsString("model fitted on simulated data")))
                .andExpect(content().string(containsString("What you can do")))
                .andExpect(content().string(containsString("href=\"/insights\"")));
        pat.get("/api/v1/insights/risk").andExpect(jsonPath("$.optedIn").value(true));
        pat.get("/api/v1/insights/preferences").andExpect(jsonPath("$.showFlareRisk").value(true));

        pat.put("/api/v1/insights/preferences", "{\"showFlareRisk\":\"yes please\"}").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("showFlareRisk")));
        pat.put("/api/v1/insights/preferences", "{}").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("showFlareRisk")));
        mvc.perform(post("/insights/flare-risk").cookie(session).with(csrf()).param("showFlareRisk", "maybe"))
                .andExpect(status().isBadRequest());
        pat.put("/api/v1/insights/preferences", "{\"showFlareRisk\":false}").andExpect(jsonPath("$.showFlareRisk").value(false));
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(not(containsString("data-testid=\"risk-chance\""))));
    }

}
