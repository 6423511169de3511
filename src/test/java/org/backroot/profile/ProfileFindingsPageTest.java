package org.backroot.profile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.backroot.account.AboutYouService;
import org.backroot.account.domain.AboutYou;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** What a person sees of their self-test findings on /profile and in the API. */
@BackrootAppTest
class ProfileFindingsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AboutYouService aboutYou;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    Clock clock;

    @Test
    void borderlineResultsAndResultsForAClinicianAreShownAsSuchAndPlaceNoSource() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"thoracicRotationDegLeft\":44,\"thoracicRotationDegRight\":44,\"kneeToWallCmLeft\":9.5,"
                + "\"singleLegStanceSecLeft\":3,\"restingBreathsPerMin\":26,\"breathHoldSec\":8,\"breathlessAtRest\":\"yes\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.findings[?(@.test == 'single-leg-stance')].flag").value(org.hamcrest.Matchers.hasItem("fall-risk")))
                .andExpect(jsonPath("$.findings[?(@.test == 'knee-to-wall')].flag").value(org.hamcrest.Matchers.hasItem("borderline")));

        pat.get("/api/v1/profile").andExpect(status().isOk())
                .andExpect(jsonPath("$.sources", hasSize(0)))
                .andExpect(jsonPath("$.borderline", hasSize(1)))
                .andExpect(jsonPath("$.checkWithClinician", hasSize(3)));

        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"check-with-clinician\"")))
                .andExpect(content().string(containsString("check your balance")))
                .andExpect(content().string(containsString("see your doctor soon")))
                .andExpect(content().string(containsString("data-testid=\"borderline\"")))
                .andExpect(content().string(containsString("That is borderline")))
                .andExpect(content().string(not(containsString("/ 100</p>"))))
                .andExpect(content().string(not(containsString("severity"))));
    }

    @Test
    void aSourceSaysHowClearlyItStandsOutInWordsNotANumber() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":3,\"kneeToWallCmRight\":12}").andExpect(status().isCreated());
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("It stands out clearly in your self-tests.")))
                .andExpect(content().string(not(containsString("How strongly it stood out"))));
    }

    @Test
    void balanceIsReadAgainstThePersonsAgeFromAboutYou() throws Exception {
        ApiClient young = RedFlagScreens.clearedPerson(mvc, catalog);
        ApiClient older = RedFlagScreens.clearedPerson(mvc, catalog);
        int year = LocalDate.now(clock).getYear();
        aboutYou.save(older.userId, new AboutYou(year - 76, null, null, null, null));
        aboutYou.save(young.userId, new AboutYou(year - 40, null, null, null, null));

        young.post("/api/v1/self-tests", "{\"singleLegStanceSecLeft\":12}").andExpect(jsonPath("$.findings[0].flag").value("reduced"));
        older.post("/api/v1/self-tests", "{\"singleLegStanceSecLeft\":12}").andExpect(jsonPath("$.findings[0].flag").value("normal"))
                .andExpect(jsonPath("$.findings[0].note").value(containsString("for your age")));
    }

    @Test
    void theBreathingGuidesStateTheSeeADoctorCutOffsAndAskAboutBreathlessnessAtRest() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/self-tests/breath-hold").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Do you feel short of breath when you are resting?")))
                .andExpect(content().string(containsString("Under 10 seconds while you also feel short of breath at rest")));
        mvc.perform(get("/self-tests/breathing-rate").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("25 or more breaths a minute while resting")))
                .andExpect(content().string(not(containsString("{{"))));
    }
}
