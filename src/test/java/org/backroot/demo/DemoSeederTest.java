package org.backroot.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.SelfTestService;
import org.backroot.assessment.StoredSelfTest;
import org.backroot.assessment.domain.Instrument;
import org.backroot.program.FearLadderService;
import org.backroot.program.PlanService;
import org.backroot.program.StoredPhaseChange;
import org.backroot.program.domain.Phase;
import org.backroot.testing.ApiClient;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.PracticeService;
import org.hamcrest.Matchers;
import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.backroot.insights.InsightsService;
import org.backroot.insights.domain.TrendWindow;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The whole app started in demo mode on a fresh database: the demo account holds six months of life, lived through the real services. */
@SpringBootTest(properties = {
    "backroot.demo.enabled=true",
    "backroot.data-dir=target/test-data/demo-${random.uuid}",
    "logging.level.org.flywaydb=WARN",
    "spring.main.banner-mode=off"
})
@AutoConfigureMockMvc
class DemoSeederTest {

    @Autowired DemoSeeder seeder;
    @Autowired Clock clock;
    @Autowired CheckInService checkIns;
    @Autowired PracticeService practice;
    @Autowired AssessmentService assessments;
    @Autowired SelfTestService selfTests;
    @Autowired PlanService plans;
    @Autowired FearLadderService fearLadder;
    @Autowired MockMvc mvc;
    @Autowired InsightsService insights;

    @Test
    void theDemoAccountHoldsSixMonthsOfCheckInsWithGapsAndPractice() {
        DemoSeeder.Summary s = seeder.summary();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(checkIns.list(s.userId(), today.minusDays(200), today)).hasSizeBetween(150, 179)
                .allSatisfy(c -> assertThat(c.date()).isBefore(today));
        assertThat(practice.list(s.userId(), today.minusDays(200), today)).hasSizeGreaterThan(200)
                .anySatisfy(p -> assertThat(p.entry().exposure()).isTrue());
    }

    @Test
    void adherenceCoversEveryPlanOfTheLast90DaysNotJustTheCurrentWeek() {
        var adherence = insights.trends(seeder.summary().userId(), TrendWindow.DAYS_90).adherence();
        // About 5 practice days a week with several items each: far more than one week's plan holds.
        assertThat(adherence.planned()).isGreaterThan(150);
        assertThat(adherence.percent()).isBetween(20, 100);
        assertThat(adherence.components()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyFactorAndOutcomeWasAssessedAtTheStartAndEvery28Days() {
        String id = seeder.summary().userId();
        for (String factor : Instrument.FACTORS) {
            String instrument = assessments.instruments().stream().filter(i -> factor.equals(i.factor())).findFirst().orElseThrow().id();
            assertThat(assessments.responses(id, instrument)).as(factor).hasSize(7);
        }
        for (String outcome : List.of("pain", "peg", "psfs")) assertThat(assessments.responses(id, outcome)).as(outcome).hasSize(7);
        List<StoredSelfTest> sittings = selfTests.history(id);
        assertThat(sittings).hasSize(7);
        double firstLeftAnkle = ((Number) sittings.get(sittings.size() - 1).measurements().get("kneeToWallCmLeft")).doubleValue();
        double lastLeftAnkle = ((Number) sittings.get(0).measurements().get("kneeToWallCmLeft")).doubleValue();
        assertThat(lastLeftAnkle).isGreaterThan(firstLeftAnkle);
    }

    @Test
    void aFlareSwitchedThePlanToCalmAndBackAndTheLadderWasClimbed() {
        String id = seeder.summary().userId();
        List<StoredPhaseChange> changes = plans.phaseChanges(id);
        assertThat(changes).anyMatch(c -> c.change().to() == Phase.CALM).anyMatch(c -> c.change().from() == Phase.CALM);
        assertThat(fearLadder.items(id)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(fearLadder.exposures(id)).hasSizeGreaterThanOrEqualTo(6)
                .anySatisfy(e -> assertThat(e.log().date()).isAfter(seeder.summary().from().plusDays(60)));
        assertThat(plans.current(id)).isPresent();
    }

    @Test
    void theClockIsBackToRealTimeOnceTheAppIsUp() {
        assertThat(clock).isInstanceOf(DemoClock.class);
        assertThat(((DemoClock) clock).simulating()).isFalse();
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theDemoStoryHoldsAPainFreeMonthAndAnEpisodeAfterItThatInsightsCallsARecurrence() throws Exception {
        String issued = mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(DemoSeeder.EMAIL, seeder.password()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"recurrence\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(issued, "$.token");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String episodes = mvc.perform(get("/api/v1/insights/episodes").param("from", today.minusDays(200).toString())
                        .param("to", today.toString()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Boolean> recurrences = JsonPath.read(episodes, "$.episodes[*].recurrence");
        List<String> starts = JsonPath.read(episodes, "$.episodes[*].start");
        // The insights module's own definitions: at least 30 pain-free days, then pain on 2 or more days in a row.
        assertThat(recurrences).as("episodes starting " + starts).contains(true);
        int firstRecurrence = recurrences.indexOf(true);
        assertThat(firstRecurrence).as("a recurrence after an earlier episode, not the record's first").isGreaterThan(0);
    }

    @Test
    void todayShowsAPhaseChangesCauseOnlyWhileItStillDescribesThePresent() throws Exception {
        Cookie demo = mvc.perform(post("/login").with(csrf()).param("username", DemoSeeder.EMAIL).param("password", seeder.password()))
                .andReturn().getResponse().getCookie("SESSION");
        String page = mvc.perform(get("/today").cookie(demo)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        StoredPhaseChange last = plans.lastPhaseChange(seeder.summary().userId()).orElseThrow();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String cause = org.springframework.web.util.HtmlUtils.htmlEscape(last.change().cause());
        if (last.change().causeCurrentOn(today)) assertThat(page).contains(cause);
        else assertThat(page).doesNotContain(cause).doesNotContain("near your usual level");
    }

    @Test
    void thePrintedPasswordSignsInAndPagesSayTheDataIsSimulated() throws Exception {
        assertThat(seeder.password()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(DemoSeeder.newPassword());
        String issued = mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, ApiClient.basic(DemoSeeder.EMAIL, seeder.password()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"demo\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(issued, "$.token");
        mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(content().string(Matchers.containsString("Demo (simulated data)")));
    }

    @Test
    void theDemoAccountsPagesSayTheDataIsSimulatedAndOthersDoNot() throws Exception {
        Cookie demo = mvc.perform(post("/login").with(csrf()).param("username", DemoSeeder.EMAIL).param("password", seeder.password()))
                .andReturn().getResponse().getCookie("SESSION");
        for (String page : List.of("/today", "/profile", "/plan/week")) {
            mvc.perform(get(page).cookie(demo)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("data-demo-notice")));
        }
        String email = "someone-" + java.util.UUID.randomUUID() + "@example.org";
        Cookie other = mvc.perform(post("/register").with(csrf()).param("email", email).param("password", "a long passphrase")
                        .param("displayName", "Sam"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/today").cookie(other)).andExpect(content().string(Matchers.not(Matchers.containsString("data-demo-notice"))));
    }

    @Test
    void seedingIsQuick() {
        assertThat(seeder.summary().millis()).isLessThan(30_000);
    }
}
