package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class PregnancyPlanApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog instruments;

    @Autowired
    ActivityLibrary library;

    @Autowired
    PlanService plans;

    @Test
    void aPregnantPersonsPlanHoldsNothingDoneLyingOnTheBackAndSaysWhy() throws Exception {
        ApiClient pat = ProgramPeople.cleared(mvc, instruments);
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":40,\"daysPerWeek\":7}").andExpect(status().isOk());
        pat.put("/api/v1/me/about", "{\"sex\":\"female\",\"pregnancy\":\"pregnant\"}").andExpect(status().isOk());
        List<String> ids = ApiClient.read(pat.post("/api/v1/plan", "").andExpect(status().isCreated()), "$.days[*].items[*].activityId");
        assertThat(ids).isNotEmpty().noneMatch(id -> id != null && library.require(id).lyingOnBack());
        assertThat(plans.cautions(pat.userId).reasons()).hasSize(2);

        pat.put("/api/v1/me/about", "{\"pregnancy\":\"no\"}").andExpect(status().isOk());
        assertThat(plans.cautions(pat.userId).any()).isFalse();
    }
}
