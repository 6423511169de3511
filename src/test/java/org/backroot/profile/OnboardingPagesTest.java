package org.backroot.profile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The onboarding path on the web pages, server side: forms, redirects, inline errors. */
@BackrootAppTest
class OnboardingPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    /** Sessions live in the database (Spring Session), so the browser's SESSION cookie is what carries the login. */
    Cookie session;

    @BeforeEach
    void registerThroughTheForm() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "web-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/start"))
                .andReturn().getResponse().getCookie("SESSION");
    }


    @Test
    void registrationErrorsAreShownInlineWith400() throws Exception {
        mvc.perform(post("/register").with(csrf()).param("email", "nope").param("password", "short").param("displayName", "R"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be at least 10 characters")))
                .andExpect(content().string(containsString("must be an email address")));
    }

    @Test
    void newPersonStartsWithTheSafetyQuestions() throws Exception {
        mvc.perform(get("/start").cookie(session)).andExpect(redirectedUrl("/onboarding"));
        mvc.perform(get("/onboarding").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/assessments/red-flags")));
        mvc.perform(get("/onboarding/next").cookie(session)).andExpect(redirectedUrl("/assessments/red-flags"));
    }

    @Test
    void aClearScreenLeadsToAboutYouThenPainAndSkippingMovesOn() throws Exception {
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) {
            screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        }
        mvc.perform(screen).andExpect(redirectedUrl("/onboarding/next?from=red-flags"));
        mvc.perform(get("/onboarding/next?from=red-flags").cookie(session)).andExpect(redirectedUrl("/onboarding/about"));
        mvc.perform(post("/onboarding/skip").cookie(session).with(csrf()).param("step", "about-you")).andExpect(redirectedUrl("/assessments/pain"));
        mvc.perform(get("/assessments/pain").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("formaction=\"/onboarding/skip\"")))
                .andExpect(content().string(containsString("name=\"step\" value=\"pain\"")));
        mvc.perform(post("/onboarding/skip").cookie(session).with(csrf()).param("step", "pain")).andExpect(redirectedUrl("/assessments/peg"));
        mvc.perform(post("/onboarding/skip").cookie(session).with(csrf()).param("step", "peg")).andExpect(redirectedUrl("/onboarding/first-look"));
    }

    @Test
    void skippingAStepChangesNothingByGetOrWithoutTheFormsToken() throws Exception {
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) {
            screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        }
        mvc.perform(screen).andExpect(status().is3xxRedirection());

        mvc.perform(get("/onboarding/next?skip=about-you").cookie(session)).andExpect(redirectedUrl("/onboarding/about"));
        mvc.perform(post("/onboarding/skip").cookie(session).param("step", "about-you")).andExpect(status().isForbidden());

        mvc.perform(get("/onboarding/next").cookie(session)).andExpect(redirectedUrl("/onboarding/about"));
    }

    @Test
    void anEmergencyAnswerGoesToTheSafetyPageAndShowsTheBannerEverywhere() throws Exception {
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) {
            screen.param(item.linkId(), item.linkId().equals("saddle-numbness") ? "yes" : RedFlagScreens.calmAnswer(item));
        }
        mvc.perform(screen).andExpect(status().is3xxRedirection());
        mvc.perform(get("/onboarding/next?from=red-flags").cookie(session)).andExpect(redirectedUrl("/safety"));
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("safety-banner--emergency")));
    }

    @Test
    void aQuestionnaireWithAnOutOfRangeAnswerIsShownAgainWithTheMessage() throws Exception {
        mvc.perform(post("/assessments/pain").cookie(session).with(csrf()).param("pain-now", "14"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")));
    }

    @Test
    void aSelfTestFormSavesAndMovesToTheNextTestAndTheProfileShowsTheSource() throws Exception {
        clearScreen();
        mvc.perform(get("/self-tests/knee-to-wall").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/self-tests/knee-to-wall").cookie(session).with(csrf())
                        .param("kneeToWallCmLeft", "5").param("kneeToWallCmRight", "12"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-region=\"ankle\"")));
    }

    @Test
    void saveAndContinueFollowsTheListOrderAndSkipsTestsAlreadyDone() throws Exception {
        clearScreen();
        // The list shows single-leg stance with the other hip tests, straight after the Thomas test.
        mvc.perform(post("/self-tests/thomas").cookie(session).with(csrf()).param("thomasTestLeft", "negative").param("thomasTestRight", "negative"))
                .andExpect(redirectedUrl("/self-tests/single-leg-stance"));
        // Hip rotation is done already: from knee-to-wall, continue goes past it (and past the Thomas test, also done).
        mvc.perform(post("/self-tests/hip-rotation").cookie(session).with(csrf())
                        .param("hipInternalRotationDegLeft", "35").param("hipInternalRotationDegRight", "35"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/self-tests/knee-to-wall").cookie(session).with(csrf())
                        .param("kneeToWallCmLeft", "10").param("kneeToWallCmRight", "10"))
                .andExpect(redirectedUrl("/self-tests/single-leg-stance"));
    }

    @Test
    void withEveryTestDoneTheListNoLongerOffersTheRestForLater() throws Exception {
        clearScreen();
        org.backroot.assessment.domain.GuideCatalog guides = org.backroot.assessment.domain.GuideCatalog.load();
        for (org.backroot.assessment.domain.Guide g : guides.all()) {
            MockHttpServletRequestBuilder form = post("/self-tests/" + g.key()).cookie(session).with(csrf());
            for (org.backroot.assessment.domain.GuideField f : g.fields()) {
                form.param(f.name(), f.options() == null || f.options().isEmpty() ? f.min().add(f.max()).divide(java.math.BigDecimal.valueOf(2)).setScale(0, java.math.RoundingMode.DOWN).toPlainString()
                        : f.options().get(0).value());
            }
            mvc.perform(form).andExpect(status().is3xxRedirection());
        }
        String total = String.valueOf(guides.all().size());
        mvc.perform(get("/self-tests").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(total + " of " + total + " done")))
                .andExpect(content().string(not(containsString("You can do the rest later"))));
    }

    @Test
    void aSelfTestOutOfRangeIsShownInlineWith400() throws Exception {
        clearScreen();
        mvc.perform(post("/self-tests/knee-to-wall").cookie(session).with(csrf()).param("kneeToWallCmLeft", "25"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("error-summary")));
    }

    private void clearScreen() throws Exception {
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
    }

    @Test
    void unknownPagesAreA404PageNotAStackTrace() throws Exception {
        mvc.perform(get("/self-tests/nonsense").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/nonsense").cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void pagesRequireSignIn() throws Exception {
        mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("/register")));
    }
}
