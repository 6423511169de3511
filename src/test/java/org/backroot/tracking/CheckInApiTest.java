package org.backroot.tracking;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
@Import(CheckInApiTest.Events.class)
class CheckInApiTest {

    /** Collects the events tracking publishes, as the program module would receive them. */
    @TestConfiguration
    static class Events {
        final List<Object> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CheckInRecorded e) {
            received.add(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Autowired
    Events events;

    @Autowired
    org.backroot.assessment.domain.InstrumentCatalog instruments;

    LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(clock);
    }

    static String body(int pain) {
        return "{\"pain\":" + pain + ",\"stress\":4,\"sleepHours\":7.5,\"flare\":false}";
    }

    private List<CheckInRecorded> recordedFor(ApiClient person) {
        return events.received.stream().map(CheckInRecorded.class::cast).filter(e -> e.userId().equals(person.userId)).toList();
    }

    @Test
    void storesTheDayAndAnswersWithTheStoredCheckIn() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/checkins/{date}", "{\"pain\":3,\"stress\":4,\"sleepHours\":7.25,\"sleepQuality\":6,\"activeMinutes\":40,"
                        + "\"steps\":6500,\"sittingHours\":8.5,\"dietQuality\":7,\"alcoholUnits\":2,\"flare\":false,"
                        + "\"newSymptoms\":[\"stiffness-morning\"],\"note\":\"  Stiff after the train. \"}", today)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(today.toString()))
                .andExpect(jsonPath("$.pain").value(3))
                .andExpect(jsonPath("$.sleepHours").value(7.25))
                .andExpect(jsonPath("$.steps").value(6500))
                .andExpect(jsonPath("$.alcoholUnits").value(2.0))
                .andExpect(jsonPath("$.newSymptoms[0]").value("stiffness-morning"))
                .andExpect(jsonPath("$.note").value("Stiff after the train."));
        pat.get("/api/v1/checkins").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].sittingHours").value(8.5))
                .andExpect(jsonPath("$[0].dietQuality").value(7));
    }

    @Test
    void repeatingTheSameRequestChangesNothingAndPublishesOnce() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        String first = pat.put("/api/v1/checkins/{date}", body(3), today).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        pat.put("/api/v1/checkins/{date}", body(3), today).andExpect(status().isOk()).andExpect(content().json(first, true));
        pat.get("/api/v1/checkins").andExpect(jsonPath("$.length()").value(1));
        org.assertj.core.api.Assertions.assertThat(recordedFor(pat)).containsExactly(new CheckInRecorded(pat.userId, today, 3, false));

        pat.put("/api/v1/checkins/{date}", body(5), today).andExpect(jsonPath("$.pain").value(5));
        pat.get("/api/v1/checkins").andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].pain").value(5));
        org.assertj.core.api.Assertions.assertThat(recordedFor(pat)).hasSize(2);
    }

    @Test
    void theEventCallsAFlareOncePainHasBeenTwoAboveTheUsualLevelTwoDaysInARow() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        for (int i = 5; i >= 2; i--) pat.put("/api/v1/checkins/{date}", body(2), today.minusDays(i)).andExpect(status().isOk());
        pat.put("/api/v1/checkins/{date}", body(5), today.minusDays(1)).andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(recordedFor(pat)).last().isEqualTo(new CheckInRecorded(pat.userId, today.minusDays(1), 5, false));
        pat.put("/api/v1/checkins/{date}", body(5), today).andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(recordedFor(pat)).last().isEqualTo(new CheckInRecorded(pat.userId, today, 5, true));
    }

    @Test
    void aDayFilledInLaterCarriesThePersonsOwnFlareMark() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        for (int i = 10; i >= 5; i--) pat.put("/api/v1/checkins/{date}", body(2), today.minusDays(i)).andExpect(status().isOk());
        pat.put("/api/v1/checkins/{date}", body(6), today.minusDays(4)).andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(recordedFor(pat)).last().isEqualTo(new CheckInRecorded(pat.userId, today.minusDays(4), 6, false));
    }

    @Test
    void listsAscendingWithinTheRangeAndDefaultsToTheLast30Days() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        for (int back : new int[] {40, 29, 3, 0, 10}) pat.put("/api/v1/checkins/{date}", body(back % 10), today.minusDays(back)).andExpect(status().isOk());
        pat.get("/api/v1/checkins").andExpect(jsonPath("$[*].date").value(org.hamcrest.Matchers.contains(
                today.minusDays(29).toString(), today.minusDays(10).toString(), today.minusDays(3).toString(), today.toString())));
        pat.get("/api/v1/checkins?from={f}&to={t}", today.minusDays(45), today.minusDays(5))
                .andExpect(jsonPath("$[*].date").value(org.hamcrest.Matchers.contains(
                        today.minusDays(40).toString(), today.minusDays(29).toString(), today.minusDays(10).toString())));
    }

    @Test
    void badInputIs400NamingEachField() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/checkins/{date}", body(3), today.plusDays(1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("future")));
        pat.put("/api/v1/checkins/{date}", body(3), today.minusDays(61)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        pat.put("/api/v1/checkins/{date}", body(3), today.minusDays(60)).andExpect(status().isOk());
        pat.put("/api/v1/checkins/{date}", "{\"pain\":11,\"stress\":\"lots\",\"flare\":\"maybe\",\"newSymptoms\":[\"bad-knee\"],\"mood\":3}", "yesterday")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("date", "pain", "stress", "sleepHours", "flare", "newSymptoms", "mood")));
        pat.put("/api/v1/checkins/{date}", "[1,2]", today).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        pat.put("/api/v1/checkins/{date}", "{\"pain\":3,", today).andExpect(status().isBadRequest());
        pat.get("/api/v1/checkins?from=yesterday&to=2026-13-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("from", "to")));
        pat.get("/api/v1/checkins?from={f}&to={t}", today, today.minusDays(1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        pat.get("/api/v1/checkins?from={f}&to={t}", today.minusDays(366), today).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        pat.get("/api/v1/checkins?from={f}&to={t}", today.minusDays(365), today).andExpect(status().isOk());
        pat.get("/api/v1/checkins").andExpect(jsonPath("$.length()").value(0)); // nothing bad was stored
    }

    @Test
    void anotherPersonsCheckInsAreNeverVisible() throws Exception {
        ApiClient ann = ApiClient.newPerson(mvc);
        ApiClient ben = ApiClient.newPerson(mvc);
        ann.put("/api/v1/checkins/{date}", body(6), today).andExpect(status().isOk());
        ben.get("/api/v1/checkins").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        ben.put("/api/v1/checkins/{date}", body(1), today).andExpect(status().isOk());
        ann.get("/api/v1/checkins").andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].pain").value(6));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/checkins"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRedFlagSymptomRerunsSafetyOnceAndAnEditDoesNotReportItAgain() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", calmScreen()).andExpect(status().isCreated());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.programAllowed").value(true));
        String withFever = "{\"pain\":4,\"stress\":3,\"sleepHours\":6,\"flare\":false,\"newSymptoms\":[\"fever\"]}";
        pat.put("/api/v1/checkins/{date}", withFever, today).andExpect(status().isOk());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.programAllowed").value(false))
                .andExpect(jsonPath("$.reasons[*].item").value(hasItem("fever")));

        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"" + today + "\"}").andExpect(status().isOk());
        pat.put("/api/v1/checkins/{date}", withFever.replace("\"pain\":4", "\"pain\":5"), today).andExpect(status().isOk());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.clinicianCleared").value(true))
                .andExpect(jsonPath("$.programAllowed").value(true));
    }

    /** The red-flag screen answered "no" everywhere (or with the least worrying option). */
    private String calmScreen() {
        String answers = instruments.get("red-flags").items().stream()
                .map(i -> "\"" + i.linkId() + "\":\"" + (i.option("no").isPresent() ? "no" : i.option("20-34").isPresent() ? "20-34"
                        : i.options().get(0).value().toString()) + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        return "{\"instrumentId\":\"red-flags\",\"answers\":{" + answers + "}}";
    }
}
