package org.backroot.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/**
 * The PSFS asked again: the activities named last time are filled in and named beside their ratings, a rating without
 * a name and an over-long name are refused by the server, and Progress compares each activity with itself.
 */
@BackrootAppTest
class PsfsRepeatPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    Cookie session;

    @BeforeEach
    void aPersonWhoAnsweredThePsfsOnce() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "psfs-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
        mvc.perform(post("/assessments/psfs").cookie(session).with(csrf()).param("activity-1", "Putting on my socks").param("rating-1", "2")
                .param("activity-2", "Gardening for an hour").param("rating-2", "5")).andExpect(status().is3xxRedirection());
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theRepeatStartsWithTheSameActivitiesNamedAndEveryRatingEmpty() throws Exception {
        String form = page("/assessments/psfs");
        assertThat(form).containsPattern("id=\"activity-1\"[^>]*value=\"Putting on my socks\"")
                .containsPattern("id=\"activity-2\"[^>]*value=\"Gardening for an hour\"")
                .contains("How well can you do activity 1 today? (Putting on my socks)")
                .contains("How well can you do activity 2 today? (Gardening for an hour)")
                .doesNotContainPattern("name=\"rating-\\d\"[^>]*checked");
    }

    @Test
    void aRatingWithoutANameAndANameOver200CharactersAreRefused() throws Exception {
        String refused = HtmlUtils.htmlUnescape(mvc.perform(post("/assessments/psfs").cookie(session).with(csrf())
                        .param("activity-1", "a".repeat(201)).param("rating-1", "3").param("rating-3", "4"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused).contains("must be text of at most 200 characters")
                .contains("Question 6: How well can you do activity 3 today? This needs the name of the activity it rates");
    }

    @Test
    void progressComparesEachActivityWithItsOwnFirstRating() throws Exception {
        mvc.perform(post("/assessments/psfs").cookie(session).with(csrf()).param("activity-1", "Putting on my socks").param("rating-1", "6")
                .param("activity-2", "Gardening for an hour").param("rating-2", "6")).andExpect(status().is3xxRedirection());
        String progress = page("/insights");
        int at = progress.indexOf("data-testid=\"psfs-activities\"");
        assertThat(at).isPositive();
        String list = progress.substring(at, progress.indexOf("</ul>", at));
        assertThat(list).contains("Putting on my socks").contains("Gardening for an hour").contains("2").contains("6");
    }
}
