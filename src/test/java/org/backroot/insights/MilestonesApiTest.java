package org.backroot.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
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

import jakarta.servlet.http.Cookie;

/** Milestones read from stored data: the API lists them, Today shows the new ones until put away, the report keeps all. */
@BackrootAppTest
class MilestonesApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    Clock clock;

    @Test
    void milestonesComeFromStoredDataShowOnTodayUntilPutAwayAndStayInTheReport() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.get("/api/v1/milestones").andExpect(status().isOk()).andExpect(jsonPath("$.milestones", hasSize(0)));

        // Pain from about 7 to about 3: past its minimal important change (2 points or 30 %).
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":7,\"pain-average-week\":7,\"pain-worst-week\":8}}")
                .andExpect(status().isCreated());
        pat.post("/api/v1/responses", "{\"instrumentId\":\"pain\",\"answers\":{\"pain-now\":3,\"pain-average-week\":3,\"pain-worst-week\":4}}")
                .andExpect(status().isCreated());
        // A fear-ladder activity tried for the first time.
        String item = ApiClient.read(pat.post("/api/v1/fear-ladder", "{\"activity\":\"Carrying the laundry basket\",\"fear\":60}"), "$.id");
        pat.post("/api/v1/fear-ladder/{id}/exposures", "{\"harmExpected\":70,\"fearBefore\":60,\"harmHappened\":false,\"fearAfter\":30}", item)
                .andExpect(status().isCreated());

        String today = LocalDate.now(clock).toString();
        pat.get("/api/v1/milestones").andExpect(status().isOk())
                .andExpect(jsonPath("$.milestones", hasSize(2)))
                .andExpect(jsonPath("$.milestones[?(@.key == 'meaningful-change:pain')].kind").value("meaningful-change"))
                .andExpect(jsonPath("$.milestones[?(@.key == 'meaningful-change:pain')].date").value(today))
                .andExpect(jsonPath("$.milestones[?(@.key == 'meaningful-change:pain')].isNew").value(true))
                .andExpect(jsonPath("$.milestones[?(@.key == 'feared-activity-done:" + item + "')].sentence")
                        .value(org.hamcrest.Matchers.hasItem(containsString("Carrying the laundry basket"))));

        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", pat.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"milestones\"")))
                .andExpect(content().string(containsString("data-key=\"meaningful-change:pain\"")))
                .andExpect(content().string(containsString("You did something you had been wary of")))
                .andExpect(content().string(not(containsString("missed"))));

        mvc.perform(post("/milestones/seen").cookie(session).with(csrf()).param("key", "meaningful-change:pain"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/today"));
        mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-key=\"meaningful-change:pain\""))))
                .andExpect(content().string(containsString("data-key=\"feared-activity-done:" + item + "\"")));
        pat.get("/api/v1/milestones").andExpect(jsonPath("$.milestones", hasSize(2)))
                .andExpect(jsonPath("$.milestones[?(@.key == 'meaningful-change:pain')].isNew").value(false));

        pat.post("/api/v1/milestones/{key}/seen", "", "feared-activity-done:" + item).andExpect(status().isNoContent());
        mvc.perform(get("/today").cookie(session)).andExpect(content().string(not(containsString("data-testid=\"milestones\""))));

        // Not reached, or no key at all: a 404, never a 500.
        pat.post("/api/v1/milestones/{key}/seen", "", "first-week").andExpect(status().isNotFound());
        mvc.perform(post("/milestones/seen").cookie(session).with(csrf())).andExpect(status().isNotFound());

        byte[] pdf = pat.get("/api/v1/report.pdf").andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Milestones", "A change that matters", "You did something you had been wary of",
                    "Carrying the laundry basket");
        }

        // Someone else has none of them.
        RedFlagScreens.clearedPerson(mvc, catalog).get("/api/v1/milestones").andExpect(jsonPath("$.milestones", hasSize(0)));
    }
}
