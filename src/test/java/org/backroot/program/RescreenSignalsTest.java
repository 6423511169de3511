package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.safety.RescreenSignal;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The program and insights contribute their re-screen signals as beans; safety collects them. */
@BackrootAppTest
class RescreenSignalsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    List<RescreenSignal> signals;

    @Test
    void aReportedFlareHeldForFourteenDaysIsALongCalmAndAFreshPlanIsNothingYet() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, catalog);
        pat.post("/api/v1/plan", "").andExpect(status().isCreated());
        LocalDate today = LocalDate.now();

        assertThat(signals).hasSizeGreaterThanOrEqualTo(3);
        assertThat(signals.stream().flatMap(s -> s.reason(pat.userId, today.minusDays(1), today).stream()).toList()).isEmpty();

        pat.put("/api/v1/checkins/{date}", "{\"pain\":6,\"stress\":3,\"sleepHours\":7,\"flare\":true}", today).andExpect(status().is2xxSuccessful());
        pat.get("/api/v1/plan").andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.phase").value("calm"));
        List<String> later = signals.stream().flatMap(s -> s.reason(pat.userId, today.minusDays(1), today.plusDays(14)).stream())
                .map(RescreenSignal.RescreenReason::code).toList();
        assertThat(later).contains("long-calm");
    }
}
