package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The clinician's panel and alerts, from data made through the API with a pinned clock: each alert kind is raised from
 * real check-ins, answers and plans, at once after a check-in or by the minute's sweep, once per occurrence.
 */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class CarePanelApiTest {

    /** A Thursday, noon in UTC (the people here keep the default time zone). */
    static final Instant NOON = Instant.parse("2026-12-10T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    PinnedClock clock;

    @Autowired
    CareAlertSweep sweep;

    ApiClient physio;

    @BeforeEach
    void aPhysioAtNoon() throws Exception {
        clock.set(NOON);
        physio = ApiClient.newClinician(mvc, jdbc, "Dr Ada Physio");
    }

    private ApiClient person(String name) throws Exception {
        ApiClient p = ApiClient.newPerson(mvc, "p-" + java.util.UUID.randomUUID() + "@example.org", name);
        p.put("/api/v1/me", "{\"timeZone\":\"UTC\"}").andExpect(status().isOk());
        return p;
    }

    private ApiClient screened(String name, Map<String, String> answers) throws Exception {
        ApiClient p = person(name);
        p.post("/api/v1/responses", RedFlagScreens.json(catalog, answers)).andExpect(status().isCreated());
        return p;
    }

    private void link(ApiClient person, ApiClient clinician) throws Exception {
        String code = ApiClient.read(person.post("/api/v1/care/invitations", "{\"scopes\":[\"summary\"]}").andExpect(status().isCreated()), "$.code");
        clinician.post("/api/v1/care/links", "{\"code\":\"" + code + "\"}").andExpect(status().isCreated());
    }

    private static String checkIn(int pain, boolean flare, String... symptoms) {
        return "{\"pain\":" + pain + ",\"stress\":3,\"sleepHours\":7,\"flare\":" + flare + ",\"newSymptoms\":["
                + String.join(",", java.util.Arrays.stream(symptoms).map(c -> "\"" + c + "\"").toList()) + "]}";
    }

    private List<String> alertKinds(ApiClient person) {
        return jdbc.sql("SELECT kind FROM care_alert WHERE user_id = :u ORDER BY kind, run").param("u", person.userId).query(String.class).list();
    }

    private int reads(String clinicianId, String personId, String part) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor_id = :c AND user_id = :u AND action = 'care.read' AND detail = :part")
                .param("c", clinicianId).param("u", personId).param("part", part).query(Integer.class).single();
    }

    @Test
    void thePanelShowsEveryLinkedPersonRedFlagFirstThenOtherAlertsThenTheRestByNameAndLogsEachRead() throws Exception {
        ApiClient bella = screened("Bella", Map.of());
        bella.put("/api/v1/checkins/{date}", checkIn(3, false), TODAY).andExpect(status().is2xxSuccessful());
        bella.put("/api/v1/checkins/{date}", checkIn(4, false), TODAY.minusDays(1)).andExpect(status().is2xxSuccessful());
        ApiClient adam = screened("Adam", Map.of());
        adam.put("/api/v1/checkins/{date}", checkIn(5, false), TODAY.minusDays(6)).andExpect(status().is2xxSuccessful());
        ApiClient zoe = screened("Zoe", Map.of("foot-drop", "yes"));
        ApiClient carl = screened("carl", Map.of());
        for (ApiClient p : List.of(bella, adam, zoe, carl)) link(p, physio);

        physio.get("/api/v1/care/people").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].displayName").value("Zoe")).andExpect(jsonPath("$[0].attention").value("red-flag"))
                .andExpect(jsonPath("$[0].safety.status").value("urgent")).andExpect(jsonPath("$[0].alerts[0].kind").value("red-flag"))
                .andExpect(jsonPath("$[1].displayName").value("Adam")).andExpect(jsonPath("$[1].attention").value("alerts"))
                .andExpect(jsonPath("$[1].alerts[0].kind").value("no-check-in"))
                .andExpect(jsonPath("$[1].alerts[0].detail", containsString("6 days")))
                .andExpect(jsonPath("$[1].lastCheckIn").value(TODAY.minusDays(6).toString()))
                .andExpect(jsonPath("$[2].displayName").value("Bella")).andExpect(jsonPath("$[2].attention").value("none"))
                .andExpect(jsonPath("$[2].checkInDays").value(2)).andExpect(jsonPath("$[2].phase.code").value("build"))
                .andExpect(jsonPath("$[2].safety.status").value("clear")).andExpect(jsonPath("$[2].painTrend.recentMean").value(3.5))
                .andExpect(jsonPath("$[2].painTrend.direction").value("not-enough-data"))
                .andExpect(jsonPath("$[2].adherence.percent").doesNotExist()).andExpect(jsonPath("$[2].alerts", hasSize(0)))
                .andExpect(jsonPath("$[3].displayName").value("carl"));

        for (ApiClient p : List.of(bella, adam, zoe, carl)) {
            assertThat(reads(physio.userId, p.userId, "panel")).as("one read per person per panel view").isEqualTo(1);
        }
        physio.get("/api/v1/care/people").andExpect(status().isOk());
        assertThat(reads(physio.userId, zoe.userId, "panel")).isEqualTo(2);
        assertThat(alertKinds(zoe)).as("viewing twice raises once").containsExactly("RED_FLAG");
    }

    @Test
    void aRedFlagInACheckInIsRaisedAtOnceWithoutTheSweep() throws Exception {
        ApiClient pat = screened("Pat", Map.of());
        link(pat, physio);
        pat.put("/api/v1/checkins/{date}", checkIn(6, false, "saddle-numbness"), TODAY).andExpect(status().is2xxSuccessful());
        assertThat(alertKinds(pat)).containsExactly("RED_FLAG");
        String detail = jdbc.sql("SELECT detail FROM care_alert WHERE user_id = :u").param("u", pat.userId).query(String.class).single();
        assertThat(detail).startsWith("Safety status: emergency. Red-flag items: ").contains("saddle-numbness");
    }

    @Test
    void aRedFlagScreenAnsweredOutsideACheckInIsRaisedByTheNextSweep() throws Exception {
        ApiClient pat = screened("Pat", Map.of());
        link(pat, physio);
        sweep.sweep();
        assertThat(alertKinds(pat)).isEmpty();
        pat.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of("foot-drop", "yes"))).andExpect(status().isCreated());
        clock.set(NOON.plusSeconds(59));
        sweep.sweep();
        assertThat(alertKinds(pat)).as("within the minute the sweep runs in").containsExactly("RED_FLAG");
        assertThat(jdbc.sql("SELECT detail FROM care_alert WHERE user_id = :u").param("u", pat.userId).query(String.class).single())
                .isEqualTo("Safety status: urgent. Red-flag items: foot-drop.");
    }

    @Test
    void noCheckInForFiveDaysIsRaisedByTheSweepOnceAndEndedByTheNextCheckInButKept() throws Exception {
        ApiClient pat = screened("Pat", Map.of());
        pat.put("/api/v1/checkins/{date}", checkIn(4, false), TODAY).andExpect(status().is2xxSuccessful());
        link(pat, physio);
        sweep.sweep();
        assertThat(alertKinds(pat)).isEmpty();

        clock.set(NOON.plus(java.time.Duration.ofDays(4)));
        sweep.sweep();
        assertThat(alertKinds(pat)).isEmpty();
        clock.set(NOON.plus(java.time.Duration.ofDays(5)));
        sweep.sweep();
        sweep.sweep();
        assertThat(alertKinds(pat)).as("the sweep raises it within its minute, twice is once").containsExactly("NO_CHECK_IN");

        pat.put("/api/v1/checkins/{date}", checkIn(4, false), TODAY.plusDays(5)).andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("SELECT ended_at FROM care_alert WHERE user_id = :u").param("u", pat.userId).query(String.class).single())
                .as("the check-in ends it at once").isNotNull();
        physio.get("/api/v1/care/people/{id}/alerts", pat.userId).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].kind").value("no-check-in")).andExpect(jsonPath("$[0].ended").value(true));
        assertThat(reads(physio.userId, pat.userId, "alerts")).isEqualTo(1);
    }

    @Test
    void aCalmPhasePastFourteenDaysRaisesALongFlareAndTheRescreenItCallsFor() throws Exception {
        ApiClient pat = screened("Pat", Map.of());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        clock.set(NOON.plusSeconds(60)); // the calm plan is newer than the first (plans made in the same instant tie)
        pat.put("/api/v1/checkins/{date}", checkIn(7, true), TODAY).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan").andExpect(jsonPath("$.phase").value("calm"));
        link(pat, physio);
        clock.set(NOON.plus(java.time.Duration.ofDays(13)));
        sweep.sweep();
        assertThat(alertKinds(pat)).doesNotContain("LONG_FLARE");
        clock.set(NOON.plus(java.time.Duration.ofDays(14)));
        sweep.sweep();
        assertThat(alertKinds(pat)).contains("LONG_FLARE", "RESCREEN_DUE");
        physio.get("/api/v1/care/people").andExpect(jsonPath("$[?(@.personId=='" + pat.userId + "')].phase.code").value("calm"));
    }

    @Test
    void aWeekWithLessThanHalfThePlanDoneIsLowAdherence() throws Exception {
        clock.set(Instant.parse("2026-11-30T09:00:00Z")); // a Monday
        ApiClient pat = screened("Pat", Map.of());
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":15,\"daysPerWeek\":5}").andExpect(status().isOk());
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        link(pat, physio);
        for (int d = 0; d < 7; d++) {
            clock.set(Instant.parse("2026-11-30T09:00:00Z").plus(java.time.Duration.ofDays(d)));
            pat.put("/api/v1/checkins/{date}", checkIn(3, false), LocalDate.of(2026, 11, 30).plusDays(d)).andExpect(status().is2xxSuccessful());
        }
        assertThat(alertKinds(pat)).isEmpty();
        clock.set(Instant.parse("2026-12-07T09:00:00Z")); // the Monday after
        sweep.sweep();
        assertThat(alertKinds(pat)).containsExactly("LOW_ADHERENCE");
        assertThat(jdbc.sql("SELECT occurrence FROM care_alert WHERE user_id = :u").param("u", pat.userId).query(String.class).single())
                .isEqualTo("week:2026-11-30");
    }

    @Test
    void anOutcomeWorseByItsMinimalImportantChangeIsAnAlertAndTheRescreenAfterThreeMonthsToo() throws Exception {
        ApiClient pat = screened("Pat", Map.of());
        link(pat, physio);
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":3,\"pain-average-week\":3,\"pain-worst-week\":4}}")
                .andExpect(status().isCreated());
        clock.set(NOON.plus(java.time.Duration.ofDays(14)));
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":7,\"pain-average-week\":6,\"pain-worst-week\":8}}")
                .andExpect(status().isCreated());
        physio.get("/api/v1/care/people").andExpect(jsonPath("$[0].latestOutcome.instrumentId").value("pain"))
                .andExpect(jsonPath("$[0].latestOutcome.direction").value("worse")).andExpect(jsonPath("$[0].latestOutcome.meaningful").value(true))
                .andExpect(jsonPath("$[0].latestOutcome.micPoints").value(2.0))
                .andExpect(jsonPath("$[0].alerts[?(@.kind=='outcome-worse')]", hasSize(1)));

        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        sweep.sweep();
        assertThat(alertKinds(pat)).contains("OUTCOME_WORSE", "RESCREEN_DUE");
    }

    @Test
    void anAcknowledgedAlertLeavesTheTopOfThePanelAndStaysInTheHistoryWithItsNote() throws Exception {
        ApiClient zoe = screened("Zoe", Map.of("foot-drop", "yes"));
        ApiClient amy = screened("Amy", Map.of());
        link(zoe, physio);
        link(amy, physio);
        String alertId = ApiClient.read(physio.get("/api/v1/care/people").andExpect(jsonPath("$[0].displayName").value("Zoe")), "$[0].alerts[0].id");

        physio.post("/api/v1/care/alerts/{p}/{a}/acknowledge", "{\"note\":\"" + "x".repeat(501) + "\"}", zoe.userId, alertId)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        physio.post("/api/v1/care/alerts/{p}/{a}/acknowledge", "{\"note\":\"Phoned her; seen in A&E today.\"}", zoe.userId, alertId)
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgement.note").value("Phoned her; seen in A&E today."));
        physio.post("/api/v1/care/alerts/{p}/{a}/acknowledge", "{\"note\":\"again\"}", zoe.userId, alertId)
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgement.note").value("Phoned her; seen in A&E today."));
        physio.post("/api/v1/care/alerts/{p}/{a}/acknowledge", "{}", zoe.userId, "no-such-alert").andExpect(status().isNotFound());

        physio.get("/api/v1/care/people").andExpect(jsonPath("$[0].displayName").value("Amy"))
                .andExpect(jsonPath("$[1].displayName").value("Zoe")).andExpect(jsonPath("$[1].attention").value("none"))
                .andExpect(jsonPath("$[1].safety.status").value("urgent")).andExpect(jsonPath("$[1].alerts", hasSize(0)));
        physio.get("/api/v1/care/people/{id}/alerts", zoe.userId).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].acknowledgement.note").value("Phoned her; seen in A&E today."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor_id = :c AND user_id = :u AND action = :a")
                .param("c", physio.userId).param("u", zoe.userId).param("a", CareAlerts.ACKNOWLEDGED).query(Integer.class).single()).isEqualTo(1);

        ApiClient other = ApiClient.newClinician(mvc, jdbc, "Dr Other");
        link(zoe, other);
        other.get("/api/v1/care/people").andExpect(jsonPath("$[0].alerts", hasSize(1)))
                .andExpect(jsonPath("$[0].attention").value("red-flag"));
    }

    @Test
    void anUnlinkedOrRevokedClinicianGetsNothingAndLeavesNoRead() throws Exception {
        ApiClient zoe = screened("Zoe", Map.of("foot-drop", "yes"));
        link(zoe, physio);
        String alertId = ApiClient.read(physio.get("/api/v1/care/people"), "$[0].alerts[0].id");

        ApiClient stranger = ApiClient.newClinician(mvc, jdbc, "Dr Stranger");
        stranger.get("/api/v1/care/people").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        stranger.get("/api/v1/care/people/{id}/alerts", zoe.userId).andExpect(status().isNotFound());
        stranger.post("/api/v1/care/alerts/{p}/{a}/acknowledge", "{\"note\":\"hi\"}", zoe.userId, alertId).andExpect(status().isNotFound());
        stranger.get("/api/v1/care/people/{id}/alerts", "no-such-person").andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE actor_id = :c AND user_id = :u")
                .param("c", stranger.userId).param("u", zoe.userId).query(Integer.class).single()).isZero();

        zoe.delete("/api/v1/care/team/{id}", physio.userId).andExpect(status().isNoContent());
        int before = reads(physio.userId, zoe.userId, "panel");
        physio.get("/api/v1/care/people").andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        physio.get("/api/v1/care/people/{id}/alerts", zoe.userId).andExpect(status().isNotFound());
        physio.post("/api/v1/care/alerts/{p}/{a}/acknowledge", "{\"note\":\"late\"}", zoe.userId, alertId).andExpect(status().isNotFound());
        assertThat(reads(physio.userId, zoe.userId, "panel")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_alert_ack WHERE user_id = :u").param("u", zoe.userId).query(Integer.class).single()).isZero();

        zoe.get("/api/v1/care/people").andExpect(status().isForbidden());
    }
}
