package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.shared.DurableEvent;
import org.backroot.shared.DurableEvents;
import org.backroot.shared.GroupCommitter;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.tracking.CheckInRecorded;
import org.backroot.tracking.PracticeLogged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Module events survive a listener that fails between the commit and the switch (as a crash would leave them):
 * the check-in is saved and answered, the event stays incomplete, a retried identical check-in adds nothing, and
 * the redelivery makes the switch. Delivering an event twice changes nothing.
 */
@BackrootAppTest
class DurableEventsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    DurableEvents events;

    @Autowired
    GroupCommitter writes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventMulticaster multicaster;

    /** Runs before every other listener and fails for the people in {@link #down}, as if the app died right there. */
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final GenericApplicationListener failing = new GenericApplicationListener() {
        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return PayloadApplicationEvent.class.isAssignableFrom(eventType.toClass());
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof DurableEvent e && down.contains(e.userId())) {
                throw new IllegalStateException("listeners are down for this test person");
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    };

    @BeforeEach
    void addFailingListener() {
        multicaster.addApplicationListener(failing);
    }

    @AfterEach
    void removeFailingListener() {
        multicaster.removeApplicationListener(failing);
    }

    static String checkIn(int pain, boolean flare) {
        return AdaptationApiTest.checkIn(pain, flare);
    }

    private long incomplete(ApiClient person) {
        writes.submit(() -> null); // bookkeeping rides along with group commits: let the queued ones land first
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE user_id = :user AND completed_at IS NULL")
                .param("user", person.userId).query(Long.class).single();
    }

    @Test
    void aFlareWhoseSwitchFailedAfterTheCommitSwitchesToCalmWhenTheEventIsDeliveredAgain() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated()).andExpect(jsonPath("$.phase").value("build"));
        LocalDate today = LocalDate.now();
        pat.put("/api/v1/checkins/{date}", checkIn(3, false), today.minusDays(1)).andExpect(status().is2xxSuccessful());
        assertThat(incomplete(pat)).isZero();

        down.add(pat.userId);
        pat.put("/api/v1/checkins/{date}", checkIn(6, true), today).andExpect(status().is2xxSuccessful()); // saved and answered
        pat.get("/api/v1/checkins").andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[1].flare").value(true));
        pat.get("/api/v1/plan").andExpect(jsonPath("$.phase").value("build"));
        // The person retries the same check-in: it writes nothing, and the switch is still owed, not lost.
        pat.put("/api/v1/checkins/{date}", checkIn(6, true), today).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan/phase-changes").andExpect(jsonPath("$.length()").value(0));
        assertThat(incomplete(pat)).isEqualTo(1);

        down.remove(pat.userId);
        assertThat(events.redeliverIncomplete()).isPositive(); // what start-up does
        pat.get("/api/v1/plan").andExpect(jsonPath("$.phase").value("calm"));
        pat.get("/api/v1/plan/phase-changes").andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].from").value("build")).andExpect(jsonPath("$[0].to").value("calm"))
                .andExpect(jsonPath("$[0].date").value(today.toString()));
        assertThat(incomplete(pat)).isZero();
    }

    @Test
    void deliveringTheSameCheckInEventAgainChangesNothing() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        LocalDate today = LocalDate.now();
        pat.put("/api/v1/checkins/{date}", checkIn(3, false), today.minusDays(1)).andExpect(status().is2xxSuccessful());
        pat.put("/api/v1/checkins/{date}", checkIn(6, true), today).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan/phase-changes").andExpect(jsonPath("$.length()").value(1));
        String plan = ApiClient.read(pat.get("/api/v1/plan"), "$.id");

        events.deliver(new DurableEvents.Published(pat.userId, "replayed", new CheckInRecorded(pat.userId, today, 6, true)));
        events.deliver(new DurableEvents.Published(pat.userId, "replayed", new CheckInRecorded(pat.userId, today, 6, true)));

        pat.get("/api/v1/plan/phase-changes").andExpect(jsonPath("$.length()").value(1));
        pat.get("/api/v1/plan").andExpect(jsonPath("$.phase").value("calm")).andExpect(jsonPath("$.id").value(plan)); // not regenerated
    }

    @Test
    void deliveringTheSameExposureAgainDoesNotAskForItAgain() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        String item = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Carrying the laundry basket\",\"fear\":60}"), "$.id");
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        String practice = ApiClient.read(pat.post("/api/v1/practice", "{\"activityId\":\"fear-ladder-step\",\"completed\":true,\"painDuring\":2,"
                + "\"expectedPain\":7,\"actualPain\":2,\"fearBefore\":60,\"fearAfter\":40,\"fearLadderItemId\":\"" + item + "\"}")
                .andExpect(status().isCreated()), "$.id");
        String pending = ApiClient.read(pat.get("/api/v1/fear-ladder/exposures/pending"), "$[0].id");
        pat.put("/api/v1/fear-ladder/exposures/pending/{id}", "{\"harmExpected\":70,\"harmHappened\":false}", pending)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("recorded"));
        pat.get("/api/v1/fear-ladder/exposures/pending").andExpect(jsonPath("$.length()").value(0));

        events.deliver(new DurableEvents.Published(pat.userId, "replayed",
                new PracticeLogged(pat.userId, practice, LocalDate.now(), "fear-ladder-step")));

        pat.get("/api/v1/fear-ladder/exposures/pending").andExpect(jsonPath("$.length()").value(0));
        pat.get("/api/v1/fear-ladder/{id}", item).andExpect(jsonPath("$.successes").value(1));
    }

    @Test
    void aPracticeEntryWhoseListenerFailedReachesTheLadderWhenDeliveredAgain() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        String item = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Running\",\"fear\":50}"), "$.id");
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        down.add(pat.userId);
        pat.post("/api/v1/practice", "{\"activityId\":\"fear-ladder-step\",\"completed\":true,\"painDuring\":2,"
                + "\"expectedPain\":6,\"actualPain\":2,\"fearBefore\":50,\"fearAfter\":30,\"fearLadderItemId\":\"" + item + "\"}")
                .andExpect(status().isCreated());
        pat.get("/api/v1/fear-ladder/exposures/pending").andExpect(jsonPath("$.length()").value(0));
        assertThat(incomplete(pat)).isEqualTo(1);

        down.remove(pat.userId);
        events.redeliverIncomplete();
        pat.get("/api/v1/fear-ladder/exposures/pending").andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].fearAfter").value(30));
        assertThat(incomplete(pat)).isZero();
    }
}
