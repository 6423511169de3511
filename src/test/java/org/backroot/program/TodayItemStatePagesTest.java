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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * What Today shows about each item after the person acts on it: ticked items stay (marked done) when a flare
 * remakes the plan, an item stopped early says so, and a refused plan form comes back inline on Today (Post/Redirect/Get).
 */
@BackrootAppTest
class TodayItemStatePagesTest {

    private static final Pattern ITEM = Pattern.compile(
            "data-testid=\"item-(\\d+)\"[^>]*data-kind=\"activity\"[^>]*>.*?id=\"item-title-\\1\">([^<]+)<.*?name=\"activityId\" value=\"([a-z0-9-]+)\"",
            Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    Cookie session;

    @BeforeEach
    void aPersonWithAClearScreen() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "items-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Robin"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
    }

    private void makePlan() throws Exception {
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "20").param("daysPerWeek", "7"))
                .andExpect(redirectedUrl("/today"));
    }

    private String today() throws Exception {
        return mvc.perform(get("/today").cookie(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The first library activity on Today: slot, title, activity id. */
    private String[] firstActivity(String page) {
        Matcher m = ITEM.matcher(page);
        assertThat(m.find()).as("an activity item on Today").isTrue();
        return new String[] {m.group(1), m.group(2).strip(), m.group(3)};
    }

    private static String card(String page, String title) {
        int at = page.indexOf(">" + title + "<");
        assertThat(at).as("a card titled " + title).isPositive();
        int start = page.lastIndexOf("data-testid=\"item-", at);
        int next = page.indexOf("data-testid=\"item-", at);
        return page.substring(start, next < 0 ? page.indexOf("</ol>", at) : next);
    }

    @Test
    void itemsTickedBeforeAFlareStayOnTodayMarkedDone() throws Exception {
        makePlan();
        String[] item = firstActivity(today());
        mvc.perform(post("/today/practice").cookie(session).with(csrf()).param("slot", item[0]).param("activityId", item[2])
                .param("completed", "true").param("pain-" + item[0], "2")).andExpect(redirectedUrl("/today"));
        mvc.perform(post("/checkin").cookie(session).with(csrf()).param("date", java.time.LocalDate.now().toString()).param("pain", "8").param("stress", "4").param("sleepHours", "6")
                .param("flare", "yes")).andExpect(redirectedUrl("/today"));

        String page = today();
        assertThat(page).contains("data-phase=\"calm\"");
        assertThat(card(page, item[1])).contains("data-done=\"true\"").contains("badge--done");
    }

    @Test
    void anItemStoppedEarlyShowsThatItWasStoppedAndCanStillBeDone() throws Exception {
        makePlan();
        String[] item = firstActivity(today());
        mvc.perform(post("/today/practice").cookie(session).with(csrf()).param("slot", item[0]).param("activityId", item[2])
                .param("completed", "false")).andExpect(redirectedUrl("/today"));

        String card = card(today(), item[1]);
        assertThat(card).contains("data-done=\"false\"").contains("data-stopped=\"true\"").contains("Stopped early").contains("stopped-note");
        assertThat(card).as("it can still be ticked off later").contains("name=\"completed\" value=\"true\"");
    }

    @Test
    void aRefusedPlanFormComesBackOnTodayAndItsAddressIsNeverA405() throws Exception {
        MvcResult refused = mvc.perform(post("/today/preferences").cookie(session).with(csrf())
                        .param("minutesPerDay", "500").param("daysPerWeek", "nine"))
                .andExpect(redirectedUrl("/today"))
                .andExpect(flash().attributeExists("preferenceErrors")).andReturn();

        String page = mvc.perform(get("/today").cookie(session).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("error-summary").contains("value=\"500\"").contains("value=\"nine\"")
                .contains("minutes from 5 to 60").contains("days from 1 to 7");

        // Reloading or bookmarking the address the browser showed after the refused form.
        mvc.perform(get("/today/preferences").cookie(session)).andExpect(redirectedUrl("/today"));
    }
}
