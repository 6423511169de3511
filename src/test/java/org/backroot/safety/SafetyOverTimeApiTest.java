package org.backroot.safety;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
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
import org.springframework.test.web.servlet.MockMvc;

/** Safety in the person's own time and with the facts they told us about themselves, with a pinned clock. */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class SafetyOverTimeApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    PinnedClock clock;

    @BeforeEach
    void eveningInUtc() {
        clock.set(Instant.parse("2026-12-01T20:00:00Z")); // 09:00 on 2 December in Auckland, noon on 1 December in Los Angeles
    }

    private ApiClient personIn(String zone) throws Exception {
        ApiClient person = ApiClient.newPerson(mvc);
        person.put("/api/v1/me", "{\"timeZone\":\"" + zone + "\"}").andExpect(status().isOk());
        person.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of("fever", "yes"))).andExpect(status().isCreated());
        return person;
    }

    @Test
    void aClinicianAssessmentOnThePersonsOwnTodayIsAcceptedAndTheirTomorrowIsNot() throws Exception {
        ApiClient auckland = personIn("Pacific/Auckland");
        auckland.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"2026-12-02\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.programAllowed").value(true));

        ApiClient losAngeles = personIn("America/Los_Angeles");
        losAngeles.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"2026-12-02\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        losAngeles.get("/api/v1/safety").andExpect(jsonPath("$.programAllowed").value(false));
    }

    @Test
    void aCorrectionIsDatedInThePersonsZone() throws Exception {
        ApiClient auckland = personIn("Pacific/Auckland");
        auckland.post("/api/v1/safety/corrections", "{\"item\":\"fever\"}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.corrections[0].correctedOn").value("2026-12-02"));
    }

    @Test
    void theScreenIsDueAgainThreeCalendarMonthsAfterThePersonsOwnDateOfIt() throws Exception {
        ApiClient auckland = ApiClient.newPerson(mvc);
        auckland.put("/api/v1/me", "{\"timeZone\":\"Pacific/Auckland\"}").andExpect(status().isOk());
        auckland.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of())).andExpect(status().isCreated()); // 2 Dec there

        clock.set(Instant.parse("2027-03-01T10:59:00Z")); // 1 March 23:59 in Auckland
        auckland.get("/api/v1/safety").andExpect(jsonPath("$.rescreenDue").value(false));
        clock.set(Instant.parse("2027-03-01T11:00:00Z")); // 2 March 00:00 in Auckland
        auckland.get("/api/v1/safety").andExpect(jsonPath("$.rescreenDue").value(true))
                .andExpect(jsonPath("$.rescreenReasons[0].code").value("three-months"))
                .andExpect(jsonPath("$.rescreenReasons[0].since").value("2027-03-02"));
    }

    @Test
    void currentAgeFromAboutYouCountsWithFragileBonesAndCancerTreatmentWithNewSymptoms() throws Exception {
        ApiClient older = ApiClient.newPerson(mvc);
        older.put("/api/v1/me/about", "{\"age\":71}").andExpect(status().isOk());
        older.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of("fragile-bones", "yes"))).andExpect(status().isCreated());
        older.get("/api/v1/safety").andExpect(jsonPath("$.status").value("see-doctor"))
                .andExpect(jsonPath("$.restrictions[0]").value("loaded-flexion"));

        ApiClient younger = ApiClient.newPerson(mvc);
        younger.put("/api/v1/me/about", "{\"age\":41}").andExpect(status().isOk());
        younger.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of("fragile-bones", "yes"))).andExpect(status().isCreated());
        younger.get("/api/v1/safety").andExpect(jsonPath("$.status").value("clear"));

        ApiClient treated = ApiClient.newPerson(mvc);
        treated.put("/api/v1/me/about", "{\"age\":44,\"activeCancerTreatment\":true}").andExpect(status().isOk());
        treated.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of("night-pain", "yes"))).andExpect(status().isCreated());
        treated.get("/api/v1/safety").andExpect(jsonPath("$.status").value("urgent")).andExpect(jsonPath("$.programAllowed").value(false));
    }
}
