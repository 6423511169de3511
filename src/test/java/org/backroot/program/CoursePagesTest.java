package org.backroot.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/** The course on the pages: Learn, a lesson with its question, the flare-plan form, and the cards on Today and activity pages. */
@BackrootAppTest
class CoursePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    ApiClient pat;
    Cookie session;

    @BeforeEach
    void signIn() throws Exception {
        pat = ProgramPeople.cleared(mvc, catalog);
        session = mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void learnListsEveryLessonAndTheFlarePlanFormNextToTheCards() throws Exception {
        mvc.perform(get("/learn").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"course\"")))
                .andExpect(content().string(containsString("Understanding your back")))
                .andExpect(content().string(containsString("href=\"/learn/lessons/hurt-and-harm\"")))
                .andExpect(content().string(containsString("href=\"/learn/lessons/staying-well\"")))
                .andExpect(content().string(containsString("You have read 0 of 10 lessons.")))
                .andExpect(content().string(containsString("data-testid=\"flare-plan-form\"")))
                .andExpect(content().string(containsString("data-testid=\"education-card\"")));
    }

    @Test
    void aLessonShowsItsTextSourcesAndQuestionAndAnsweringShowsWhy() throws Exception {
        mvc.perform(get("/learn/lessons/pacing").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pacing instead of boom and bust")))
                .andExpect(content().string(containsString("Many people with back pain know this pattern.")))
                .andExpect(content().string(containsString("<cite>Suri et al., Spine 2018</cite>")))
                .andExpect(content().string(containsString("What does pacing suggest?")))
                .andExpect(content().string(not(containsString("data-testid=\"answer-result\""))))
                .andExpect(content().string(containsString("data-testid=\"next-lesson\"")));

        mvc.perform(post("/learn/lessons/pacing/answer").cookie(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("choose one of the answers (a, b, c)")));
        mvc.perform(post("/learn/lessons/pacing/answer").cookie(session).with(csrf()).param("answer", "a"))
                .andExpect(redirectedUrl("/learn/lessons/pacing#question"));
        mvc.perform(get("/learn/lessons/pacing").cookie(session))
                .andExpect(content().string(containsString("data-correct=\"false\"")))
                .andExpect(content().string(containsString("The answer we were looking for: Stick to roughly your planned amount")))
                .andExpect(content().string(containsString("Good days are welcome")));
        mvc.perform(post("/learn/lessons/pacing/answer").cookie(session).with(csrf()).param("answer", "b"));
        mvc.perform(get("/learn/lessons/pacing").cookie(session))
                .andExpect(content().string(containsString("data-correct=\"true\"")))
                .andExpect(content().string(containsString("That is right.")));
        mvc.perform(get("/learn").cookie(session)).andExpect(content().string(containsString("You have read 1 of 10 lessons.")));
        mvc.perform(get("/learn/lessons/no-such-lesson").cookie(session)).andExpect(status().isNotFound());
    }

    @Test
    void theFlarePlanFormKeepsWhatWasTypedWhenAPartIsTooLongAndSavesWithRedirect() throws Exception {
        mvc.perform(get("/learn/lessons/your-flare-plan").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"flare-plan-form\"")))
                .andExpect(content().string(containsString("value=\"lesson\"")));
        mvc.perform(post("/learn/flare-plan").cookie(session).with(csrf()).param("from", "lesson")
                        .param("whatHelps", "A warm shower").param("contacts", "x".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be at most 500 characters, has 501")))
                .andExpect(content().string(containsString(">A warm shower</textarea>")));
        mvc.perform(post("/learn/flare-plan").cookie(session).with(csrf()).param("from", "lesson"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("write at least one part of your plan")));
        mvc.perform(post("/learn/flare-plan").cookie(session).with(csrf()).param("from", "lesson")
                        .param("whatHelps", "A warm shower").param("firstDays", "Walk 5 minutes every hour"))
                .andExpect(redirectedUrl("/learn/lessons/your-flare-plan#flare-plan"))
                .andExpect(flash().attribute("flarePlanSaved", true));
        mvc.perform(post("/learn/flare-plan").cookie(session).with(csrf()).param("from", "https://elsewhere.example")
                        .param("whatHelps", "A warm shower").param("firstDays", "Walk 5 minutes every hour"))
                .andExpect(redirectedUrl("/learn/flare-plan"));
        mvc.perform(get("/learn/flare-plan").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Walk 5 minutes every hour</textarea>")));
    }

    @Test
    void todaySuggestsLessonOneOnDayOneAndLinksItemsToTheirLesson() throws Exception {
        mvc.perform(post("/today/preferences").cookie(session).with(csrf()).param("minutesPerDay", "30").param("daysPerWeek", "7"))
                .andExpect(redirectedUrl("/today"));
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"lesson-today\"")))
                .andExpect(content().string(containsString("data-lesson=\"hurt-and-harm\"")))
                .andExpect(content().string(containsString("Lesson 1 of 10")))
                .andExpect(content().string(containsString("data-testid=\"why-lesson\"")))
                .andExpect(content().string(containsString("Why this helps:")))
                .andExpect(content().string(not(containsString("data-testid=\"flare-plan-today\""))));
        mvc.perform(get("/activities/breath-slow-6").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/learn/lessons/breathing\"")))
                .andExpect(content().string(containsString("Breathing that supports your back")));
    }

    @Test
    void whenAFlareStartsTodayShowsThePersonsOwnFlarePlanOrInvitesThemToWriteOne() throws Exception {
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        pat.put("/api/v1/checkins/{date}", "{\"pain\":6,\"stress\":3,\"sleepHours\":7,\"flare\":true}", LocalDate.now())
                .andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan").andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.phase").value("calm"));
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"flare-plan-today\"")))
                .andExpect(content().string(containsString("Write your flare plan")));

        pat.put("/api/v1/flare-plan", "{\"whatHelps\":\"Heat pack and slow breathing\",\"contacts\":\"Sam\"}").andExpect(status().isOk());
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Heat pack and slow breathing")))
                .andExpect(content().string(containsString("Who I contact")))
                .andExpect(content().string(not(containsString("What I will keep doing"))));
    }
}
