package org.backroot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class ReportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Test
    void rendersAReadablePdfWithTheProfileOutcomesAndLog() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":5,\"kneeToWallCmRight\":12}").andExpect(status().isCreated());
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":6,\"pain-average-week\":6,\"pain-worst-week\":8}}")
                .andExpect(status().isCreated());
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":2,\"pain-average-week\":3,\"pain-worst-week\":4}}")
                .andExpect(status().isCreated());
        for (int d = 10; d >= 0; d--) {
            pat.put("/api/v1/checkins/{date}", "{\"pain\":" + (d % 4 + 2) + ",\"stress\":4,\"sleepHours\":7,\"flare\":" + (d == 3) + "}",
                    LocalDate.now().minusDays(d)).andExpect(status().isOk());
        }

        byte[] pdf = pat.get("/api/v1/report.pdf").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isBetween(1, 8);
            assertThat(text).doesNotContain("Root-cause");
            assertThat(text).contains("Backroot progress report", "Profile of likely contributors", "Ankle", "Outcome measures",
                    "Based on 11 days with a check-in", "Episodes and flares");
        }
    }

    @Test
    void needsATokenAndShowsOnlyOnesOwnData() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/report.pdf"))
                .andExpect(status().isUnauthorized());
        ApiClient ann = RedFlagScreens.clearedPerson(mvc, catalog);
        ApiClient ben = RedFlagScreens.clearedPerson(mvc, catalog);
        ann.post("/api/v1/self-tests", "{\"kneeToWallCmLeft\":5,\"kneeToWallCmRight\":12}").andExpect(status().isCreated());
        byte[] pdf = ben.get("/api/v1/report.pdf").andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("No region stood out").doesNotContain("Ankle");
        }
    }
}
