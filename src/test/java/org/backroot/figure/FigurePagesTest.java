package org.backroot.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backroot.assessment.domain.GuideCatalog;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.backroot.program.domain.Activity;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/** Activity pages and every self-test page show their illustration, with a text alternative and a Play button. */
@BackrootAppTest
class FigurePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    ActivityLibrary library;

    @Autowired
    GuideCatalog guides;

    Cookie session;

    @BeforeEach
    void registerAndAnswerTheSafetyScreen() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "fig-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Ari"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
    }

    /**
     * One activity page for each posture, view and component (a page costs a tenth of a second or more on a busy
     * machine, so not all 138 twice); every activity has a figure by construction (the library refuses one
     * without) and FigureContactSheetTest draws all of them.
     */
    @Test
    void activityPagesOfEveryPostureViewAndComponentShowTheirFigure() throws Exception {
        Map<String, Activity> sample = new LinkedHashMap<>();
        for (Activity a : library.all()) {
            sample.putIfAbsent("posture " + a.figure().posture(), a);
            sample.putIfAbsent("view " + a.figure().view(), a);
            sample.putIfAbsent("component " + a.component(), a);
            sample.putIfAbsent("still " + a.figure().moves(), a);
        }
        List<String> missing = new ArrayList<>();
        for (Activity a : new java.util.LinkedHashSet<>(sample.values())) {
            String page = mvc.perform(get("/activities/" + a.id()).cookie(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (!showsFigure(page, a.figure().moves())) missing.add(a.id());
        }
        assertThat(sample.keySet()).contains("posture LYING_SIDE", "view FRONT", "component EXPOSURE");
        assertThat(missing).as("activity pages without a figure").isEmpty();
    }

    @Test
    void everySelfTestPageShowsItsFigure() throws Exception {
        List<String> missing = new ArrayList<>();
        for (var g : guides.all()) {
            String page = mvc.perform(get("/self-tests/" + g.key()).cookie(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (!showsFigure(page, g.figure().moves())) missing.add(g.key());
        }
        assertThat(guides.all()).hasSize(14);
        assertThat(missing).as("self-test pages without a figure").isEmpty();
    }

    private static boolean showsFigure(String page, boolean moves) {
        boolean drawn = page.contains("data-testid=\"figure\"") && page.contains("role=\"img\"")
                && page.contains("aria-labelledby=\"figure-title figure-desc\"")
                && page.matches("(?s).*<desc id=\"figure-desc\">[A-Z][^<]{20,}</desc>.*")
                && page.contains("class=\"fig-floor\"");
        boolean playable = page.contains("data-testid=\"figure-play\"") && page.contains("aria-pressed=\"false\"")
                && page.contains("/js/figure.js") && page.contains("data-figure=\"{&quot;t&quot;");
        return drawn && playable == moves;
    }
}
