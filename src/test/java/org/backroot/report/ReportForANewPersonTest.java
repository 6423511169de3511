package org.backroot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report of someone in their first week, with one answer to each outcome question: it still shows the baseline
 * pain and PEG, the safety-screen result, the raw self-test numbers, the PSFS activities by name and how much of the
 * plan was done.
 */
@BackrootAppTest
class ReportForANewPersonTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Test
    void aFirstWeekReportShowsTheBaselineTheScreenTheSelfTestNumbersTheActivitiesAndAdherence() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":5,\"kneeToWallCmRight\":12}").andExpect(status().isCreated());
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":6,\"pain-average-week\":6,\"pain-worst-week\":9}}")
                .andExpect(status().isCreated());
        pat.post("/api/v1/responses", "{\"instrumentId\":\"peg\",\"answers\":{\"peg-pain-average\":5,\"peg-enjoyment\":4,\"peg-general-activity\":6}}")
                .andExpect(status().isCreated());
        pat.post("/api/v1/responses", "{\"instrumentId\":\"psfs\",\"answers\":{\"activity-1\":\"Putting on my socks\",\"rating-1\":3}}")
                .andExpect(status().isCreated());
        pat.put("/api/v1/plan/preferences", "{\"minutesPerDay\":20,\"daysPerWeek\":7}").andExpect(status().isOk());
        pat.post("/api/v1/plan", "{}").andExpect(status().is2xxSuccessful());
        java.util.List<String> activities = ApiClient.read(pat.get("/api/v1/plan"), "$.days[0].items[?(@.activityId)].activityId");
        String activity = activities.get(0);
        pat.post("/api/v1/practice", "{\"activityId\":\"" + activity + "\",\"completed\":true,\"painDuring\":2,\"date\":\""
                + LocalDate.now() + "\"}").andExpect(status().is2xxSuccessful());

        byte[] pdf = pat.get("/api/v1/report.pdf").andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Red-flag screen: clear");
            assertThat(text).contains("Pain rating").contains("PEG").contains("baseline");
            assertThat(text).contains("Knee to wall (ankle bend)").contains("Left foot").contains("5 cm").contains("12 cm");
            assertThat(text).contains("Putting on my socks").contains("3 / 10");
            assertThat(text).containsPattern("Plan items done: 1 of \\d+");
        }
    }
}
