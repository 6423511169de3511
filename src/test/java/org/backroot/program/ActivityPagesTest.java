package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backroot.program.domain.Activity;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.testing.BackrootAppTest;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.Item;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Activity pages and the "why this helps" page, rendered on the server for a signed-in person. */
@BackrootAppTest
class ActivityPagesTest {

    @Autowired
    MockMvc mvc;

    Cookie session;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    ActivityLibrary library;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void registerThroughTheForm() throws Exception {
        session = mvc.perform(post("/register").with(csrf())
                        .param("email", "act-" + UUID.randomUUID() + "@example.org")
                        .param("password", "a long enough password").param("displayName", "Sam"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/start"))
                .andReturn().getResponse().getCookie("SESSION");
        MockHttpServletRequestBuilder screen = post("/assessments/red-flags").cookie(session).with(csrf());
        for (Item item : catalog.get("red-flags").items()) screen.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        mvc.perform(screen).andExpect(status().is3xxRedirection());
    }

    @Test
    void aBreathingActivityShowsEveryPartThePacerAndTheRhythmAsText() throws Exception {
        mvc.perform(get("/activities/breath-diaphragm-lying").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Belly and rib breathing, lying</h1>")))
                .andExpect(content().string(containsString("Let your diaphragm do the work")))        // purpose
                .andExpect(content().string(containsString("Get ready")))                              // setup
                .andExpect(content().string(containsString("class=\"step-list\"")))                   // numbered steps
                .andExpect(content().string(containsString("Keep in mind")))                           // cues
                .andExpect(content().string(containsString("What you should feel")))
                .andExpect(content().string(containsString("data-testid=\"stop-if\"")))
                .andExpect(content().string(containsString("Breathe in 4 s, out 6 s")))                 // dose
                .andExpect(content().string(containsString("A mat or bed, a pillow")))                 // equipment
                .andExpect(content().string(containsString("Breathe in for 4 seconds, then out for 6 seconds: about 6 breaths a minute.")))
                .andExpect(content().string(containsString("data-pacer")))
                .andExpect(content().string(containsString("data-inhale=\"4\"")))
                .andExpect(content().string(containsString("data-exhale=\"6\"")))
                .andExpect(content().string(containsString("data-seconds=\"300\"")))
                .andExpect(content().string(containsString("/js/pacer.js")))
                .andExpect(content().string(containsString("/js/activity-timer.js")))
                .andExpect(content().string(containsString("href=\"/activities/breath-position-of-ease\"")))   // easier
                .andExpect(content().string(containsString("href=\"/activities/breath-diaphragm-sitting\"")))  // harder
                .andExpect(content().string(containsString("Why this helps")))
                .andExpect(content().string(containsString("data-card=\"breathing-retraining\"")))
                .andExpect(content().string(containsString("Source:")))
                .andExpect(content().string(containsString("/css/program.css")));
    }

    @Test
    void aMovementActivityHasATimerForTheWholeSessionAndNoPacer() throws Exception {
        mvc.perform(get("/activities/hip-glute-bridge").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-activity-timer")))
                .andExpect(content().string(containsString("data-testid=\"timer-start\"")))
                .andExpect(content().string(not(containsString("data-pacer "))))
                .andExpect(content().string(not(containsString("/js/pacer.js"))))
                .andExpect(content().string(containsString("data-card=\"movement-retraining\"")));
        mvc.perform(get("/activities/core-dead-bug").cookie(session))
                .andExpect(content().string(containsString("data-card=\"motor-control\"")))
                .andExpect(content().string(containsString("Hides, Jull and Richardson, Spine 2001")));
    }

    @Test
    void breathingAndRelaxationActivitiesCarryTheirVoiceScriptAndOthersDoNot() throws Exception {
        String breathing = mvc.perform(get("/activities/breath-slow-6").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"voice-toggle\"")))
                .andExpect(content().string(containsString("/js/voice-guide.js")))
                .andReturn().getResponse().getContentAsString();
        JsonNode breath = voiceScript(breathing);
        assertThat(breath.get("kind").asString()).isEqualTo("breath");
        JsonNode first = breath.get("lines").get(0);
        assertThat(List.of(first.get("breath").asInt(), first.get("phase").asString(), first.get("second").asInt(), first.get("say").asString()))
                .isEqualTo(List.of(1, "in", 1, "Breathe in"));
        assertThat(breath.get("lines").get(3).get("caption").asString()).isEqualTo("Breathe in… 2, 3, 4");
        // The voice toggle sits inside the timer, off in the markup; the script switches it on only if remembered.
        assertThat(breathing).doesNotContain("data-voice-toggle data-testid=\"voice-toggle\" checked");

        JsonNode scan = voiceScript(mvc.perform(get("/activities/stress-body-scan-short").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(scan.get("kind").asString()).isEqualTo("timed");
        assertThat(scan.get("lines").get(1).get("at").asInt()).isEqualTo(35);
        assertThat(scan.get("lines").get(1).get("say").asString()).isEqualTo(library.require("stress-body-scan-short").steps().get(1));

        for (String id : List.of("breath-extended-exhale", "stress-pmr-full", "hip-glute-bridge", "breath-nasal", "stress-worry-time")) {
            Activity activity = library.require(id);
            String page = mvc.perform(get("/activities/" + activity.id()).cookie(session)).andReturn().getResponse().getContentAsString();
            assertThat(page.contains("data-voice-script=")).as("%s carries a voice script", activity.id())
                    .isEqualTo(activity.pacer() != null || activity.hasVoice());
        }
        assertThat(library.all()).filteredOn(Activity::hasVoice).extracting(Activity::id)
                .contains("stress-body-scan-full", "stress-pmr-full", "stress-release-only", "breath-extended-exhale")
                .doesNotContain("hip-glute-bridge", "breath-nasal");
    }

    /** The voice script JSON of a page, from its data attribute (HTML-escaped there). */
    private JsonNode voiceScript(String html) {
        Matcher m = Pattern.compile("data-voice-script=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("the page carries a voice script").isTrue();
        String attribute = m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return json.readTree(attribute);
    }

    @Test
    void aPostureHabitShowsHowItsRemindersFade() throws Exception {
        mvc.perform(get("/activities/posture-desk-setup-check").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("How the reminders fade")));
    }

    @Test
    void anUnknownActivityIsA404Page() throws Exception {
        mvc.perform(get("/activities/no-such-thing").cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void theLearnPageShowsEveryCardWithItsSource() throws Exception {
        mvc.perform(get("/learn").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Why it helps</h1>")))
                .andExpect(content().string(containsString("Hurt is not the same as harm")))
                .andExpect(content().string(containsString("Why exercise has to keep going")))
                .andExpect(content().string(containsString("id=\"topic-exposure\"")))
                .andExpect(content().string(containsString("Steffens et al., JAMA Internal Medicine 2016")));
    }

    @Test
    void theActivityListGroupsTheLibraryByComponent() throws Exception {
        mvc.perform(get("/activities").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Graded exposure")))
                .andExpect(content().string(containsString("href=\"/activities/walk-5\"")));
    }

    @Test
    void pagesRequireSignIn() throws Exception {
        mvc.perform(get("/activities/hip-glute-bridge")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/learn")).andExpect(status().is3xxRedirection());
    }
}
