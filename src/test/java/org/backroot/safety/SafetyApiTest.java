package org.backroot.safety;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
@Import(SafetyApiTest.Signals.class)
class SafetyApiTest {

    /** A module that knows a moment calling for a new screen, for the people the test names. */
    @TestConfiguration
    static class Signals {
        final Set<String> calmTooLong = ConcurrentHashMap.newKeySet();

        @Bean
        RescreenSignal longCalm() {
            return (userId, lastScreenedOn, today) -> calmTooLong.contains(userId)
                    ? Optional.of(new RescreenSignal.RescreenReason("long-calm", today.minusDays(15), "Your calm phase has lasted over two weeks."))
                    : Optional.empty();
        }
    }

    @Autowired
    Signals signals;

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    /** A red-flag screen answered "no" everywhere (or the first, least worrying option), with some answers overridden. */
    String screen(Map<String, String> overrides) {
        return RedFlagScreens.json(catalog, overrides);
    }


    @Test
    void notScreenedMeansNoProgram() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/safety").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("not-screened"))
                .andExpect(jsonPath("$.programAllowed").value(false))
                .andExpect(jsonPath("$.reasons.length()").value(0))
                .andExpect(jsonPath("$.screenedAt").doesNotExist());
    }

    @Test
    void aCalmScreenIsClearAndAllowsTheProgram() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of())).andExpect(status().isCreated()).andExpect(jsonPath("$.band").value("clear"));
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("clear"))
                .andExpect(jsonPath("$.programAllowed").value(true))
                .andExpect(jsonPath("$.screenedAt").isString());
    }

    @Test
    void bladderChangeIsAnEmergencyThatLocksTheProgramUntilAClinicianHasSeenThePerson() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("bladder-change", "yes"))).andExpect(jsonPath("$.band").value("emergency"));
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("emergency"))
                .andExpect(jsonPath("$.programAllowed").value(false))
                .andExpect(jsonPath("$.reasons[*].item").value(hasItem("bladder-change")))
                .andExpect(jsonPath("$.instructions").isString());

        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"" + LocalDate.now() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programAllowed").value(true))
                .andExpect(jsonPath("$.clinicianCleared").value(true));
    }

    @Test
    void notSureAboutAnEmergencySignStillAsksForADoctor() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("saddle-numbness", "unsure"))).andExpect(status().isCreated());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("see-doctor", "urgent")))
                .andExpect(jsonPath("$.reasons[*].item").value(hasItem("saddle-numbness")));
    }

    @Test
    void rejectsAFutureOrMissingAssessmentDate() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"" + LocalDate.now().plusDays(3) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        pat.post("/api/v1/safety/clinician-assessment", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
        pat.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"yesterday\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("assessedOn"));
    }

    @Test
    void aRedFlagScreenWithAMissingAnswerIsRefused() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", "{\"instrumentId\":\"red-flags\",\"answers\":{\"bladder-change\":\"no\"}}")
                .andExpect(status().isBadRequest());
    }

    private static String checkIn(String... symptoms) {
        return "{\"pain\":4,\"stress\":4,\"sleepHours\":7,\"flare\":false,\"newSymptoms\":[" + String.join(",", java.util.Arrays.stream(symptoms).map(c -> "\"" + c + "\"").toList()) + "]}";
    }

    @Test
    void aSignInACheckInAddsUpWithTheScreenAsIfAnsweredTogether() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("cancer-history", "yes"))).andExpect(jsonPath("$.band").value("see-doctor"));
        pat.put("/api/v1/checkins/{date}", checkIn("leg-weakness-worsening"), LocalDate.now()).andExpect(status().isOk());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("emergency"))
                .andExpect(jsonPath("$.programAllowed").value(false))
                .andExpect(jsonPath("$.reasons[0].item").value("cancer-history+leg-weakness-worsening"));

        ApiClient sam = ApiClient.newPerson(mvc);
        sam.post("/api/v1/responses", screen(Map.of("cancer-history", "yes"))).andExpect(status().isCreated());
        sam.put("/api/v1/checkins/{date}", checkIn("night-pain"), LocalDate.now()).andExpect(status().isOk());
        sam.get("/api/v1/safety").andExpect(jsonPath("$.status").value("urgent")).andExpect(jsonPath("$.programAllowed").value(false));
        sam.get("/api/v1/plan").andExpect(status().isConflict());
    }

    @Test
    void signsOnDifferentDaysAddUp() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of())).andExpect(status().isCreated());
        pat.put("/api/v1/checkins/{date}", checkIn("night-pain"), LocalDate.now().minusDays(1)).andExpect(status().isOk());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("see-doctor"));
        pat.put("/api/v1/checkins/{date}", checkIn("unexplained-weight-loss"), LocalDate.now()).andExpect(status().isOk());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("urgent"));
    }

    @Test
    void aNewAllNoScreenNeverLiftsAnEmergencyButAMistakeCorrectionDoesAndIsKept() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("bladder-change", "yes"))).andExpect(jsonPath("$.band").value("emergency"));
        pat.post("/api/v1/responses", screen(Map.of())).andExpect(status().isCreated());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("emergency"))
                .andExpect(jsonPath("$.programAllowed").value(false))
                .andExpect(jsonPath("$.correctableItems[0]").value("bladder-change"));

        pat.post("/api/v1/safety/corrections", "{\"item\":\"bladder-change\",\"note\":\"I tapped the wrong answer\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("clear"))
                .andExpect(jsonPath("$.programAllowed").value(true))
                .andExpect(jsonPath("$.corrections[0].item").value("bladder-change"))
                .andExpect(jsonPath("$.corrections[0].correctedOn").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.corrections[0].note").value("I tapped the wrong answer"));
    }

    @Test
    void aCorrectionMustNameAnItemBehindTheCurrentResult() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("fever", "yes"))).andExpect(status().isCreated());
        pat.post("/api/v1/safety/corrections", "{}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("item"));
        pat.post("/api/v1/safety/corrections", "{\"item\":\"bladder-change\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("item"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("fever")));
        pat.post("/api/v1/safety/corrections", "{\"item\":\"fever\",\"note\":\"" + "x".repeat(501) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("urgent")).andExpect(jsonPath("$.corrections.length()").value(0));
    }

    @Test
    void notSureAboutACaudaEquinaSignAsksForACallTodayAndTwoLockTheProgram() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("saddle-numbness", "unsure"))).andExpect(status().isCreated());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("see-doctor"))
                .andExpect(jsonPath("$.programAllowed").value(true))
                .andExpect(jsonPath("$.reasons[0].callToday").value(true))
                .andExpect(jsonPath("$.instructions").value(org.hamcrest.Matchers.containsString("today")));
        pat.post("/api/v1/responses", screen(Map.of("bowel-change", "unsure"))).andExpect(status().isCreated());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("urgent")).andExpect(jsonPath("$.programAllowed").value(false));
    }

    @Test
    void fragileBonesWithASmallFallHoldBackLoadedBending() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of("fragile-bones", "yes"))).andExpect(jsonPath("$.band").value("clear"));
        pat.put("/api/v1/checkins/{date}", checkIn("minor-trauma"), LocalDate.now()).andExpect(status().isOk());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.status").value("see-doctor"))
                .andExpect(jsonPath("$.programAllowed").value(true))
                .andExpect(jsonPath("$.restrictions[0]").value("loaded-flexion"));
    }

    @Test
    void aFreshScreenIsNotDueAgainButAModuleCanSayItIs() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/responses", screen(Map.of())).andExpect(status().isCreated());
        pat.get("/api/v1/safety").andExpect(jsonPath("$.rescreenDue").value(false)).andExpect(jsonPath("$.rescreenReasons.length()").value(0));
        signals.calmTooLong.add(pat.userId);
        pat.get("/api/v1/safety").andExpect(jsonPath("$.rescreenDue").value(true))
                .andExpect(jsonPath("$.rescreenReasons[0].code").value("long-calm"));
    }
}
