package org.backroot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.Cookie;

/** A refused form names each question in plain words: no bare "is required", no API words like "true" or "completed". */
@BackrootAppTest
class ErrorsNameTheQuestionPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    Cookie session;

    @BeforeEach
    void register() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "words-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private static String summary(String page) {
        int start = page.indexOf("id=\"error-summary\"");
        assertThat(start).as("an error summary").isPositive();
        return HtmlUtils.htmlUnescape(page.substring(start, page.indexOf("</ul>", start)));
    }

    @Test
    void theRedFlagScreenWithGapsNamesEveryUnansweredQuestion() throws Exception {
        List<Item> items = catalog.get("red-flags").items();
        String page = mvc.perform(post("/assessments/red-flags").cookie(session).with(csrf()).param(items.get(0).linkId(),
                        RedFlagScreens.calmAnswer(items.get(0))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        String summary = summary(page);
        long required = items.stream().filter(Item::required).count() - 1;
        assertThat(summary.split("<li>", -1).length - 1L).isEqualTo(required);
        assertThat(summary).doesNotContain(">is required<").doesNotContain(">needs an answer<");
        for (int i = 1; i < items.size(); i++) {
            if (!items.get(i).required()) continue;
            assertThat(summary).contains("Question " + (i + 1) + ": " + items.get(i).text().strip() + " This needs an answer.");
        }
    }

    @Test
    void theCheckInNamesTheFlareQuestionInPlainWords() throws Exception {
        String page = mvc.perform(post("/checkin").cookie(session).with(csrf()).param("date", java.time.LocalDate.now().toString())
                        .param("pain", "3").param("stress", "3").param("sleepHours", "7").param("flare", "perhaps"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Is today a flare? This must be yes (today is a flare) or no.")
                .doesNotContain("must be true");
    }

    @Test
    void aTickOffWithoutThePainNamesTheQuestionNotTheApiField() throws Exception {
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "20").param("daysPerWeek", "7"))
                .andExpect(redirectedUrl("/today"));
        String today = mvc.perform(get("/today").cookie(session)).andReturn().getResponse().getContentAsString();
        String activity = today.replaceFirst("(?s).*?name=\"activityId\" value=\"([a-z0-9-]+)\".*", "$1");

        String page = mvc.perform(post("/today/practice").cookie(session).with(csrf()).param("slot", "0").param("activityId", activity)
                        .param("completed", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("How much did it hurt while you did it? This needs an answer once you have done the activity")
                .doesNotContain("completed is true");
    }
}
