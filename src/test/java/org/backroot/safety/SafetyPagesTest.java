package org.backroot.safety;

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
import org.backroot.assessment.domain.Item;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/** The lock holds everywhere while red flags are open; the safety page takes back answers given by mistake. */
@BackrootAppTest
class SafetyPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    Cookie session;
    String email;

    @BeforeEach
    void register() throws Exception {
        email = "safety-" + UUID.randomUUID() + "@example.org";
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", email)
                        .param("password", "a long enough password").param("displayName", "Kim"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private void screen(Map<String, String> overrides) throws Exception {
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) {
            screen.param(item.linkId(), overrides.getOrDefault(item.linkId(), RedFlagScreens.calmAnswer(item)));
        }
        mvc.perform(screen).andExpect(status().is3xxRedirection());
    }

    @Test
    void whilePausedMovementSelfTestsAndActivityTimersAreLockedButPostureAndBreathingStayOpen() throws Exception {
        screen(Map.of("bladder-change", "yes"));
        mvc.perform(get("/self-tests").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"movement-paused\"")))
                .andExpect(content().string(containsString("data-testid=\"paused-badge\"")))
                .andExpect(content().string(not(containsString("href=\"/self-tests/knee-to-wall\" class=\"btn btn-primary"))));
        mvc.perform(get("/self-tests/knee-to-wall").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"movement-paused\"")))
                .andExpect(content().string(not(containsString("data-testid=\"timer-start\""))))
                .andExpect(content().string(not(containsString("action=\"/self-tests/knee-to-wall\""))));
        mvc.perform(post("/self-tests/knee-to-wall").cookie(session).with(csrf()).param("kneeToWallCmLeft", "9").param("kneeToWallCmRight", "9"))
                .andExpect(status().isConflict());
        mvc.perform(get("/self-tests/breathing-rate").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"movement-paused\""))));
        mvc.perform(get("/activities/breath-slow-6").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"practice-paused\"")))
                .andExpect(content().string(not(containsString("data-testid=\"timer-start\""))));
    }

    @Test
    void withAClearScreenSelfTestsAndTimersAreOpen() throws Exception {
        screen(Map.of());
        mvc.perform(get("/self-tests/knee-to-wall").cookie(session))
                .andExpect(content().string(not(containsString("data-testid=\"movement-paused\""))))
                .andExpect(content().string(containsString("action=\"/self-tests/knee-to-wall\"")));
        mvc.perform(get("/activities/breath-slow-6").cookie(session))
                .andExpect(content().string(containsString("data-testid=\"timer-start\"")));
    }

    @Test
    void takingTheScreenAgainStartsFromTheEarlierAnswers() throws Exception {
        screen(Map.of("night-pain", "yes", "saddle-numbness", "unsure"));
        String form = mvc.perform(get("/assessments/red-flags").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(form)
                .containsPattern("name=\"night-pain\" value=\"yes\" checked")
                .containsPattern("name=\"saddle-numbness\" value=\"unsure\" checked")
                .containsPattern("name=\"fever\" value=\"no\" checked");
    }

    @Test
    void anAnswerGivenByMistakeIsTakenBackOnTheSafetyPageAndListed() throws Exception {
        screen(Map.of("both-legs", "yes"));
        mvc.perform(get("/safety").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"correction\"")))
                .andExpect(content().string(containsString("value=\"both-legs\"")));
        mvc.perform(post("/safety/corrections").cookie(session).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("must name the question")));
        mvc.perform(post("/safety/corrections").cookie(session).with(csrf()).param("item", "both-legs").param("note", "Wrong button"))
                .andExpect(redirectedUrl("/safety"));
        mvc.perform(get("/safety").cookie(session))
                .andExpect(content().string(containsString("data-status=\"clear\"")))
                .andExpect(content().string(containsString("data-testid=\"taken-back\"")))
                .andExpect(content().string(containsString("Wrong button")));
    }

    @Test
    void fragileBonesWithASmallFallSayLoadedBendingIsHeldBack() throws Exception {
        screen(Map.of("fragile-bones", "yes", "minor-trauma", "yes"));
        mvc.perform(get("/safety").cookie(session))
                .andExpect(content().string(containsString("data-testid=\"loaded-bending-held-back\"")));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void threeMonthsAfterTheLastScreenTodayAndTheSafetyPageAskForItAgain() throws Exception {
        screen(Map.of());
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(not(containsString("data-testid=\"rescreen-prompt\""))));
        // The screen was answered a little over three months ago.
        String old = org.backroot.shared.Timestamps.format(java.time.Instant.now().minus(java.time.Duration.ofDays(95)));
        jdbc.sql("UPDATE instrument_response SET completed_at = :at WHERE instrument_id = 'red-flags' AND user_id = "
                + "(SELECT id FROM app_user WHERE email = :email)").param("at", old).param("email", email).update();
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(containsString("data-testid=\"rescreen-prompt\"")))
                .andExpect(content().string(containsString("three months")));
        mvc.perform(get("/safety").cookie(session)).andExpect(content().string(containsString("data-testid=\"rescreen-prompt\"")));
    }

    @Test
    void afterAClinicianHasCheckedThePageSaysSoInsteadOfTheUrgentWarning() throws Exception {
        screen(Map.of("bladder-change", "yes"));
        mvc.perform(post("/safety/clinician-assessment").cookie(session).with(csrf()).param("assessedOn", java.time.LocalDate.now().toString()))
                .andExpect(redirectedUrl("/safety"));
        String page = mvc.perform(get("/safety").cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("data-cleared=\"true\"")
                .contains("A clinician has checked you")
                .doesNotContain("Emergency: get help now").doesNotContain("Urgent: see a doctor today")
                .doesNotContain("Please get emergency care now").doesNotContain("Please see a doctor today")
                .doesNotContain("action=\"/safety/clinician-assessment\"");
        mvc.perform(get("/today").cookie(session))
                .andExpect(content().string(not(containsString("Please get emergency care now"))));
    }

    @Test
    void inAnEmergencyEachEmergencyNumberIsOneTapToCallLink() throws Exception {
        screen(Map.of("bladder-change", "yes"));
        for (String path : new String[] {"/safety", "/today", "/profile"}) {
            String page = mvc.perform(get(path).cookie(session)).andReturn().getResponse().getContentAsString();
            for (String number : new String[] {"999", "112", "911"}) {
                org.assertj.core.api.Assertions.assertThat(page.split("href=\"tel:" + number + "\"", -1).length - 1)
                        .as("tap-to-call links to " + number + " on " + path).isEqualTo(1);
                org.assertj.core.api.Assertions.assertThat(page.split(">" + number + "<", -1).length - 1)
                        .as(number + " shown on " + path).isEqualTo(1);
            }
            org.assertj.core.api.Assertions.assertThat(page).as(path).doesNotContain("(999 in the UK");
        }
    }
}
