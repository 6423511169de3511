package org.backroot.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

@BackrootAppTest
class AboutYouPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog instruments;

    Cookie session;

    @BeforeEach
    void registerThroughTheForm() throws Exception {
        session = mvc.perform(post("/register").with(csrf()).param("email", "about-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin").param("timeZone", "Not/AZone"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theSignUpPageDetectsTheBrowserZoneWithASmallScript() throws Exception {
        mvc.perform(get("/register")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"timeZone\"")))
                .andExpect(content().string(containsString("/js/time-zone.js")));
    }

    @Test
    void aZoneTheBrowserReportsButJavaDoesNotKnowFallsBackToUtcAndCanBeChangedInSettings() throws Exception {
        mvc.perform(get("/settings/time-zone").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"UTC\" selected=\"selected\">")))
                .andExpect(content().string(containsString("America/Los_Angeles")));
        mvc.perform(post("/settings/time-zone").cookie(session).with(csrf()).param("timeZone", "Asia/Kolkata"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/settings/time-zone"));
        mvc.perform(get("/settings/time-zone").cookie(session))
                .andExpect(content().string(containsString("<option value=\"Asia/Kolkata\" selected=\"selected\">")));
        mvc.perform(post("/settings/time-zone").cookie(session).with(csrf()).param("timeZone", "+05:30"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"timeZone-error\"")));
    }

    @Test
    void theAboutYouStepComesRightAfterAClearScreenAndCanBeSkipped() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", RedFlagScreens.json(instruments, Map.of())).andExpect(status().isCreated());
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/onboarding/next").param("from", "red-flags").cookie(session))
                .andExpect(redirectedUrl("/onboarding/about"));
        mvc.perform(get("/onboarding/about").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Every question is optional")))
                .andExpect(content().string(containsString("lying flat on your back")))
                .andExpect(content().string(containsString("action=\"/onboarding/skip\"")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(post("/onboarding/skip").with(csrf()).param("step", "about-you").cookie(session))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/assessments/pain"));
    }

    @Test
    void savingInOnboardingGoesOnAndABadYearIsShownInlineWithStatus400() throws Exception {
        mvc.perform(post("/onboarding/about").cookie(session).with(csrf()).param("birthYear", "19x8").param("sex", "female"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"birthYear-error\"")))
                .andExpect(content().string(containsString("value=\"19x8\"")));
        mvc.perform(post("/onboarding/about").cookie(session).with(csrf()).param("birthYear", "1978").param("sex", "female")
                        .param("pregnancy", "no").param("activeCancerTreatment", "no").param("osteoporosisMedication", ""))
                .andExpect(redirectedUrl("/onboarding/next?from=about-you"));
        mvc.perform(get("/settings/about").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1978\"")));
    }

    @Test
    void settingsSaveWithPostRedirectGetAndPregnancyLeavesOutTheBreathPauseSelfTest() throws Exception {
        mvc.perform(post("/settings/about").cookie(session).with(csrf()).param("pregnancy", "pregnant"))
                .andExpect(redirectedUrl("/settings/about"));
        mvc.perform(get("/self-tests/breath-hold").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"self-test-caution\"")));
        mvc.perform(get("/self-tests").cookie(session)).andExpect(content().string(containsString("Not for now")));
        mvc.perform(get("/self-tests/knee-to-wall").cookie(session))
                .andExpect(content().string(not(containsString("data-testid=\"self-test-caution\""))));
        mvc.perform(post("/settings/about").cookie(session).with(csrf()).param("sex", "robot"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"sex-error\"")));
    }
}
