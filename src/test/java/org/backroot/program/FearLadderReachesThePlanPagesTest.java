package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * A fresh account makes its first plan, then adds a feared activity on the ladder page: the step reaches Today and
 * the week at once (not a week later), and a try logged on the ladder page counts as today's step done.
 */
@BackrootAppTest
class FearLadderReachesThePlanPagesTest {

    private static final Pattern EXPOSURE = Pattern.compile(
            "data-kind=\"exposure\"[^>]*data-done=\"(true|false)\"[^>]*>.*?id=\"item-title-\\d+\">([^<]+)<", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    Cookie session;

    @BeforeEach
    void aFreshAccountWithItsFirstPlan() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "ladder-plan-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "20").param("daysPerWeek", "5"))
                .andExpect(redirectedUrl("/today"));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aStepAddedAfterTheFirstPlanReachesTodayAndTheWeekAndATryOnTheLadderCountsOnToday() throws Exception {
        assertThat(page("/today")).doesNotContain("data-kind=\"exposure\"");

        mvc.perform(post("/fear-ladder").cookie(session).with(csrf()).param("activity", "Lifting the shopping bags").param("fear", "60"))
                .andExpect(redirectedUrl("/fear-ladder"));

        Matcher step = EXPOSURE.matcher(page("/today"));
        assertThat(step.find()).as("today's plan tries the ladder step").isTrue();
        assertThat(step.group(1)).isEqualTo("false");
        String title = step.group(2).strip();
        assertThat(page("/plan/week")).contains(title);

        String ladder = page("/fear-ladder");
        assertThat(ladder).contains("data-testid=\"try-form\"");
        String id = ladder.replaceAll("(?s).*data-item=\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post("/fear-ladder/{id}/step", id).cookie(session).with(csrf()).param("form", "try")
                        .param("harmExpected", "60").param("fearBefore", "55").param("harmHappened", "false").param("fearAfter", "30"))
                .andExpect(redirectedUrl("/fear-ladder")).andExpect(flash().attribute("saved", "recorded"));

        Matcher done = EXPOSURE.matcher(page("/today"));
        assertThat(done.find()).isTrue();
        assertThat(done.group(1)).as("the try logged on the ladder is today's step done").isEqualTo("true");
    }

    @Test
    void aTryWithAMissingAnswerIsRefusedNamingTheQuestionAndKeepsTheFormOpen() throws Exception {
        mvc.perform(post("/fear-ladder").cookie(session).with(csrf()).param("activity", "Bending to the floor").param("fear", "50"))
                .andExpect(redirectedUrl("/fear-ladder"));
        String id = page("/fear-ladder").replaceAll("(?s).*data-item=\"([0-9a-f-]{36})\".*", "$1");
        String refused = mvc.perform(post("/fear-ladder/{id}/step", id).cookie(session).with(csrf()).param("form", "try")
                        .param("harmExpected", "140").param("fearBefore", "55"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary").containsPattern("data-testid=\"try-form\"[^>]*open");
    }
}
