package org.backroot.program;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.PinnedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The course API, run against SQLite ({@link CourseApiSqliteTest}) and PostgreSQL ({@link CourseApiPostgresTest}),
 * with the application's clock pinned ({@link PinnedClock}).
 */
abstract class CourseApiContract {

    static final Instant START = Instant.parse("2026-12-01T11:30:00Z"); // 2 December 00:30 in Auckland (UTC+13)

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PinnedClock clock;

    @BeforeEach
    void pinTheClock() {
        clock.set(START);
    }

    private void livesIn(ApiClient person, String zone) throws Exception {
        person.put("/api/v1/me", "{\"timeZone\":\"" + zone + "\"}").andExpect(status().isOk());
    }

    @Test
    void lessonNComesOnTheNthDayOfThePersonsOwnCalendar() throws Exception {
        ApiClient kiri = ProgramPeople.cleared(mvc, catalog);
        livesIn(kiri, "Pacific/Auckland");
        kiri.get("/api/v1/lessons").andExpect(status().isOk())
                .andExpect(jsonPath("$.programDay").value(nullValue()))
                .andExpect(jsonPath("$.lessonOfTheDay").value(nullValue()))
                .andExpect(jsonPath("$.lessons.length()").value(10))
                .andExpect(jsonPath("$.lessons[0].unlocked").value(false));

        kiri.post("/api/v1/plan", "").andExpect(status().isCreated());
        kiri.get("/api/v1/lessons").andExpect(jsonPath("$.programDay").value(1))
                .andExpect(jsonPath("$.lessonOfTheDay").value("hurt-and-harm"))
                .andExpect(jsonPath("$.lessons[0].unlocked").value(true))
                .andExpect(jsonPath("$.lessons[0].unlocksOn").value("2026-12-02"))
                .andExpect(jsonPath("$.lessons[1].unlocked").value(false))
                .andExpect(jsonPath("$.lessons[1].unlocksOn").value("2026-12-03"));

        clock.set(Instant.parse("2026-12-02T10:59:00Z")); // 23:59 on 2 December in Auckland: day 1 (by UTC dates it would be day 2)
        kiri.get("/api/v1/lessons").andExpect(jsonPath("$.programDay").value(1))
                .andExpect(jsonPath("$.lessonOfTheDay").value("hurt-and-harm"));
        clock.set(Instant.parse("2026-12-02T11:01:00Z")); // 00:01 on 3 December in Auckland
        kiri.get("/api/v1/lessons").andExpect(jsonPath("$.programDay").value(2))
                .andExpect(jsonPath("$.lessonOfTheDay").value("a-sensitive-alarm"))
                .andExpect(jsonPath("$.lessons[1].unlocked").value(true))
                .andExpect(jsonPath("$.lessons[2].unlocked").value(false));
        clock.set(Instant.parse("2026-12-10T20:00:00Z")); // 11 December in Auckland: day 10
        kiri.get("/api/v1/lessons").andExpect(jsonPath("$.programDay").value(10))
                .andExpect(jsonPath("$.lessonOfTheDay").value("staying-well"));
    }

    @Test
    void westOfUtcTheNextDayBeginsAtTheirOwnMidnight() throws Exception {
        ApiClient lee = ProgramPeople.cleared(mvc, catalog);
        livesIn(lee, "America/Los_Angeles");
        clock.set(Instant.parse("2026-12-02T06:00:00Z")); // 22:00 on 1 December in Los Angeles (UTC-8)
        lee.post("/api/v1/plan", "").andExpect(status().isCreated());
        clock.set(Instant.parse("2026-12-02T07:59:00Z")); // 23:59 on 1 December there
        lee.get("/api/v1/lessons").andExpect(jsonPath("$.programDay").value(1))
                .andExpect(jsonPath("$.lessons[0].unlocksOn").value("2026-12-01"));
        clock.set(Instant.parse("2026-12-02T08:30:00Z")); // 00:30 on 2 December there; by UTC dates still day 1
        lee.get("/api/v1/lessons").andExpect(jsonPath("$.programDay").value(2))
                .andExpect(jsonPath("$.lessonOfTheDay").value("a-sensitive-alarm"));
    }

    @Test
    void answeringShowsTheRightAnswerAndAKindExplanationAndIsKept() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/lessons/{id}", "pacing").andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(8))
                .andExpect(jsonPath("$.sources.length()").value(3))
                .andExpect(jsonPath("$.question.options.length()").value(3))
                .andExpect(jsonPath("$.question.options[0].correct").doesNotExist())
                .andExpect(jsonPath("$.answer").value(nullValue()))
                .andExpect(jsonPath("$.read").value(false));

        pat.post("/api/v1/lessons/{id}/answer", "{\"answer\":\"a\"}", "pacing").andExpect(status().isOk())
                .andExpect(jsonPath("$.correct").value(false))
                .andExpect(jsonPath("$.answer").value("a"))
                .andExpect(jsonPath("$.rightAnswer").value("b"))
                .andExpect(jsonPath("$.explanation").value(containsString("Good days are welcome")));
        pat.post("/api/v1/lessons/{id}/answer", "{\"answer\":\" B \"}", "pacing").andExpect(status().isOk())
                .andExpect(jsonPath("$.correct").value(true))
                .andExpect(jsonPath("$.answeredAt").value("2026-12-01T11:30:00Z"));
        pat.post("/api/v1/lessons/{id}/read", "", "breathing").andExpect(status().isOk()).andExpect(jsonPath("$.read").value(true));

        pat.get("/api/v1/lessons").andExpect(jsonPath("$.lessonsRead").value(2))
                .andExpect(jsonPath("$.lessons[7].read").value(true))
                .andExpect(jsonPath("$.lessons[7].answer.answer").value("b"))
                .andExpect(jsonPath("$.lessons[7].answer.correct").value(true))
                .andExpect(jsonPath("$.lessons[6].read").value(true))
                .andExpect(jsonPath("$.lessons[6].answer").value(nullValue()));
        ApiClient.newPerson(mvc).get("/api/v1/lessons").andExpect(jsonPath("$.lessonsRead").value(0));
    }

    @Test
    void badAnswersNameTheAnswerFieldAndUnknownLessonsAreNotFound() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/lessons/{id}/answer", "{\"answer\":\"z\"}", "pacing").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of a, b, c"));
        pat.post("/api/v1/lessons/{id}/answer", "{}", "pacing").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        pat.post("/api/v1/lessons/{id}/answer", "", "pacing").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        pat.post("/api/v1/lessons/{id}/answer", "{\"answer\":[1]}", "pacing").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        pat.post("/api/v1/lessons/{id}/answer", "{\"answer\":", "pacing").andExpect(status().isBadRequest());
        pat.post("/api/v1/lessons/{id}/answer", "{\"answer\":\"b\"}", "no-such-lesson").andExpect(status().isNotFound());
        pat.get("/api/v1/lessons/{id}", "no-such-lesson").andExpect(status().isNotFound());
        pat.post("/api/v1/lessons/{id}/read", "", "no-such-lesson").andExpect(status().isNotFound());
        pat.get("/api/v1/lessons").andExpect(jsonPath("$.lessonsRead").value(0));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/lessons")).andExpect(status().isUnauthorized());
    }

    @Test
    void theFlarePlanIsWrittenReadAndCheckedPartByPart() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/flare-plan").andExpect(status().isNotFound());
        pat.put("/api/v1/flare-plan", "{\"whatHelps\":\" \",\"contacts\":\"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("whatHelps"));
        pat.put("/api/v1/flare-plan", "{\"whatHelps\":\"Heat\",\"contacts\":\"" + "x".repeat(501) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contacts"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 500 characters, has 501"));
        pat.put("/api/v1/flare-plan", "{\"whatHelps\":[\"heat\"]}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("whatHelps"));
        pat.put("/api/v1/flare-plan", "").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("whatHelps"));
        pat.get("/api/v1/flare-plan").andExpect(status().isNotFound());

        pat.put("/api/v1/flare-plan", "{\"whatHelps\":\"A hot shower, then a slow walk\",\"firstDays\":\"Walk 5 minutes every hour\","
                        + "\"contacts\":\"Sam at home; my physio if it lasts a week\",\"keepDoing\":\"Work, with breaks\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.whatHelps").value("A hot shower, then a slow walk"))
                .andExpect(jsonPath("$.updatedAt").value("2026-12-01T11:30:00Z"));
        pat.put("/api/v1/flare-plan", "{\"firstDays\":\"Walk 5 minutes every hour\"}").andExpect(status().isOk());
        pat.get("/api/v1/flare-plan").andExpect(status().isOk())
                .andExpect(jsonPath("$.whatHelps").value(nullValue()))
                .andExpect(jsonPath("$.firstDays").value("Walk 5 minutes every hour"));
        ApiClient.newPerson(mvc).get("/api/v1/flare-plan").andExpect(status().isNotFound());
    }

    @Test
    void progressAndTheFlarePlanAreExportedAndDeletedWithTheAccount() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/lessons/{id}/answer", "{\"answer\":\"b\"}", "your-flare-plan").andExpect(status().isOk());
        pat.put("/api/v1/flare-plan", "{\"whatHelps\":\"Heat and a slow walk\"}").andExpect(status().isOk());

        byte[] zip = pat.get("/api/v1/export").andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);
        assertThat(files.get("lesson_progress.json")).contains("your-flare-plan").contains("\"b\"");
        assertThat(files.get("lesson_progress.csv")).contains("your-flare-plan");
        assertThat(files.get("flare_plan.json")).contains("Heat and a slow walk");

        pat.delete("/api/v1/me").andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.delete("/api/v1/me").header("Authorization", "Bearer " + pat.token)
                .contentType("application/json").content("{\"confirmEmail\":\"" + pat.email + "\"}")).andExpect(status().is2xxSuccessful());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lesson_progress WHERE user_id = :id").param("id", pat.userId).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flare_plan WHERE user_id = :id").param("id", pat.userId).query(Integer.class).single()).isZero();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
