package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.program.PlanService;
import org.backroot.testing.ApiClient;
import org.backroot.testing.PinnedClock;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * Every "today" is the person's own date in their time zone: the same instant is a different day for people in
 * Los Angeles, London and Auckland. Run on SQLite and on PostgreSQL by its two subclasses.
 */
abstract class PersonalClockApiContract {

    /** 20:00 on 3 December in Los Angeles (UTC-8) is 04:00 on 4 December in UTC. */
    static final Instant LA_EVENING = Instant.parse("2026-12-04T04:00:00Z");
    /** 07:00 on 4 December in Auckland (UTC+13 in summer) is still 18:00 on 3 December in UTC. */
    static final Instant AUCKLAND_MORNING = Instant.parse("2026-12-03T18:00:00Z");
    static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    PinnedClock clock;

    @Autowired
    InstrumentCatalog instruments;

    @Autowired
    PlanService plans;

    static final String CHECK_IN = "{\"pain\":3,\"stress\":4,\"sleepHours\":7,\"flare\":false}";

    private ApiClient personIn(String zone) throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/me", "{\"timeZone\":\"" + zone + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value(zone));
        return pat;
    }

    @Test
    void anEveningCheckInInLosAngelesIsStoredUnderTheLocalDateAndTheLocalTomorrowIsRefusedOnDate() throws Exception {
        clock.set(LA_EVENING);
        ApiClient pat = personIn("America/Los_Angeles");
        pat.put("/api/v1/checkins/{date}", CHECK_IN, DEC_3).andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-12-03"));
        pat.get("/api/v1/checkins").andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].date").value("2026-12-03"));
        pat.put("/api/v1/checkins/{date}", CHECK_IN, DEC_4).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        pat.get("/api/v1/checkins").andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void theSameInstantIsAlreadyTheFourthForAPersonInUtcUntilTheyMoveTheirZone() throws Exception {
        clock.set(LA_EVENING);
        ApiClient sam = personIn("UTC");
        sam.put("/api/v1/checkins/{date}", CHECK_IN, DEC_4).andExpect(status().isOk());
        sam.put("/api/v1/me", "{\"timeZone\":\"America/Los_Angeles\"}").andExpect(status().isOk());
        sam.put("/api/v1/checkins/{date}", CHECK_IN, DEC_4).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void aMorningCheckInInAucklandIsAcceptedWhileUtcIsStillOnThePreviousDay() throws Exception {
        clock.set(AUCKLAND_MORNING);
        ApiClient kiri = personIn("Pacific/Auckland");
        kiri.put("/api/v1/checkins/{date}", CHECK_IN, DEC_4).andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-12-04"));
        kiri.put("/api/v1/checkins/{date}", CHECK_IN, DEC_4.plusDays(1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void theBackFillWindowCountsSixtyDaysBackFromTheLocalToday() throws Exception {
        clock.set(AUCKLAND_MORNING);
        ApiClient kiri = personIn("Pacific/Auckland");
        kiri.put("/api/v1/checkins/{date}", CHECK_IN, DEC_4.minusDays(60)).andExpect(status().isOk());
        kiri.put("/api/v1/checkins/{date}", CHECK_IN, DEC_4.minusDays(61)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Test
    void theWeekPlanStartsOnTheLocalToday() throws Exception {
        clock.set(LA_EVENING);
        ApiClient pat = personIn("America/Los_Angeles");
        pat.post("/api/v1/responses", RedFlagScreens.json(instruments, Map.of())).andExpect(status().isCreated());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated()).andExpect(jsonPath("$.startsOn").value("2026-12-03"));

        clock.set(AUCKLAND_MORNING);
        ApiClient kiri = personIn("Pacific/Auckland");
        kiri.post("/api/v1/responses", RedFlagScreens.json(instruments, Map.of())).andExpect(status().isCreated());
        kiri.post("/api/v1/plan", "").andExpect(status().isCreated()).andExpect(jsonPath("$.startsOn").value("2026-12-04"));
    }

    @Test
    void reassessmentFallsDueTwentyEightLocalDaysAfterTheFactorCheck() throws Exception {
        clock.set(LA_EVENING);
        ApiClient pat = personIn("America/Los_Angeles");
        pat.post("/api/v1/responses", RedFlagScreens.json(instruments, Map.of())).andExpect(status().isCreated());
        pat.post("/api/v1/responses", factorCheck("stress")).andExpect(status().isCreated());
        assertThat(plans.reassessDueOn(pat.userId)).contains(DEC_3.plusDays(28));

        clock.set(Instant.parse("2026-12-31T07:59:00Z")); // 23:59 on 30 December in Los Angeles
        assertThat(plans.reassessDue(pat.userId)).isFalse();
        clock.set(Instant.parse("2026-12-31T08:00:00Z")); // midnight, 31 December in Los Angeles
        assertThat(plans.reassessDue(pat.userId)).isTrue();
    }

    @Test
    void theSignUpFormKeepsTheBrowserZoneAndTheCheckInPageRefusesTheLocalTomorrowWithAMessage() throws Exception {
        clock.set(LA_EVENING);
        String email = "zone-" + UUID.randomUUID() + "@example.org";
        Cookie session = mvc.perform(post("/register").with(csrf()).param("email", email)
                        .param("password", "a long enough password").param("displayName", "Robin").param("timeZone", "America/Los_Angeles"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/checkin").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2026-12-03\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"2026-12-04\""))));
        mvc.perform(post("/checkin").cookie(session).with(csrf()).param("date", DEC_4.toString()).param("pain", "3")
                        .param("stress", "4").param("sleepHours", "7").param("flare", "false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"date-error\"")));
        mvc.perform(post("/checkin").cookie(session).with(csrf()).param("date", DEC_3.toString()).param("pain", "3")
                        .param("stress", "4").param("sleepHours", "7").param("flare", "false"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aBadTimeZoneIsA400NamingTimeZoneOnTheApiAndAtSignUp() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/me").andExpect(jsonPath("$.timeZone").value("UTC"));
        for (String bad : new String[] {"Mars/Olympus", "+02:00", "", "GMT+2"}) {
            pat.put("/api/v1/me", "{\"timeZone\":\"" + bad + "\"}").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        }
        pat.put("/api/v1/me", "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        pat.get("/api/v1/me").andExpect(jsonPath("$.timeZone").value("UTC"));

        String email = "p-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/api/v1/accounts").contentType("application/json").content("{\"email\":\"" + email
                        + "\",\"password\":\"" + ApiClient.PASSWORD + "\",\"displayName\":\"Ana\",\"timeZone\":\"Nowhere/Town\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        mvc.perform(post("/api/v1/accounts").contentType("application/json").content("{\"email\":\"" + email
                        + "\",\"password\":\"" + ApiClient.PASSWORD + "\",\"displayName\":\"Ana\",\"timeZone\":\"Europe/Lisbon\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.timeZone").value("Europe/Lisbon"));
    }

    private String factorCheck(String instrumentId) {
        String answers = instruments.get(instrumentId).items().stream()
                .map(i -> "\"" + i.linkId() + "\":" + i.options().get(0).value())
                .collect(Collectors.joining(","));
        return "{\"instrumentId\":\"" + instrumentId + "\",\"answers\":{" + answers + "}}";
    }
}
