package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A linked clinician reads a person's record part by part, each read in the person's access log before the data
 * leaves; without the link, without the scope, after revocation or for someone else's id the answer is the same 404 as
 * for a person who does not exist. The person is made through the API: screened (one "not sure"), assessed, with a
 * plan, practice and ten days of check-ins.
 */
@BackrootAppTest
class CarePersonApiTest {

    static final List<String> SUMMARY_PARTS = List.of("", "/profile", "/plan", "/safety", "/outcomes");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InstrumentCatalog catalog;

    ApiClient person;
    ApiClient physio;

    @BeforeEach
    void aPersonWithARecordAndAPhysio() throws Exception {
        person = CarePeople.personWithARecord(mvc, catalog);
        physio = ApiClient.newClinician(mvc, jdbc, "Dr Ada Physio");
    }

    @Test
    void theOverviewAndEachSummaryPartShowTheRecordFromItsOwnModule() throws Exception {
        CarePeople.link(person, physio, "summary");
        String today = LocalDate.now().toString();

        physio.get("/api/v1/care/people/{id}", person.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.person.displayName").value("Robin"))
                .andExpect(jsonPath("$.person.linkedOn").value(today))
                .andExpect(jsonPath("$.person.scopes[0]").value("summary"))
                .andExpect(jsonPath("$.safety.status").value("clear")).andExpect(jsonPath("$.safety.programAllowed").value(true))
                .andExpect(jsonPath("$.phase").value("build"))
                .andExpect(jsonPath("$.adherence.planned", greaterThan(0))).andExpect(jsonPath("$.adherence.done").value(1))
                .andExpect(jsonPath("$.outcomes[?(@.instrumentId == 'pain')].change.meaningful").value(hasItem(true)));

        String ownProfile = person.get("/api/v1/profile").andReturn().getResponse().getContentAsString();
        physio.get("/api/v1/care/people/{id}/profile", person.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.sources[0].region").value("ankle"))
                .andExpect(jsonPath("$.profile.factors", hasSize((Integer) com.jayway.jsonpath.JsonPath.read(ownProfile, "$.factors.length()"))))
                .andExpect(jsonPath("$.profile.factors[0].drivers").isArray())
                .andExpect(jsonPath("$.selfTests[?(@.measure == 'Left foot')].value").value(hasItem("5 cm")));

        String ownPlanId = ApiClient.read(person.get("/api/v1/plan"), "$.id");
        physio.get("/api/v1/care/people/{id}/plan", person.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.id").value(ownPlanId)).andExpect(jsonPath("$.paused").value(false))
                .andExpect(jsonPath("$.phaseChanges").isArray())
                .andExpect(jsonPath("$.adherence.components[0].component").exists())
                .andExpect(jsonPath("$.recentAdherence.done").value(1));

        physio.get("/api/v1/care/people/{id}/safety", person.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.status.status").value("clear"))
                .andExpect(jsonPath("$.answers[?(@.item == 'psoriasis')].answer").value(hasItem("Not sure")))
                .andExpect(jsonPath("$.answers[?(@.item == 'psoriasis')].channel").value(hasItem("screen")))
                .andExpect(jsonPath("$.answers[?(@.item == 'psoriasis')].day").value(hasItem(today)))
                .andExpect(jsonPath("$.answers[?(@.item == 'bladder-change')].notable").value(hasItem(false)))
                .andExpect(jsonPath("$.clearances", hasSize(0)));

        physio.get("/api/v1/care/people/{id}/outcomes", person.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.outcomes[?(@.instrumentId == 'pain')].points.length()").value(hasItem(2)))
                .andExpect(jsonPath("$.outcomes[?(@.instrumentId == 'pain')].change.rule.points").value(hasItem(2.0)))
                .andExpect(jsonPath("$.activities[0].name").value("Putting on my socks"))
                .andExpect(jsonPath("$.episodes.daysOfData").value(10))
                .andExpect(jsonPath("$.trends.series.pain.daysOfData").value(10));

        for (String part : List.of("overview", "profile", "plan", "safety", "outcomes")) {
            assertThat(reads(physio, part)).as("the read of %s is in the person's access log", part).isEqualTo(1);
        }
    }

    @Test
    void theDiaryIsReadOnlyWithTheDiaryScope() throws Exception {
        CarePeople.link(person, physio, "summary");
        physio.get("/api/v1/care/people/{id}/checkins", person.userId).andExpect(status().isNotFound());
        assertThat(reads(physio, "check-ins")).isZero();

        person.put("/api/v1/care/team/{id}", "{\"scopes\":[\"summary\",\"diary\"]}", physio.userId).andExpect(status().isOk());
        physio.get("/api/v1/care/people/{id}/checkins", person.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.checkIns", hasSize(10)))
                .andExpect(jsonPath("$.checkIns[?(@.note)].note").value(hasItem("Stiff after the drive")))
                .andExpect(jsonPath("$.practice[0].note").value("Easier than yesterday"));
        physio.get("/api/v1/care/people/{id}/checkins?from={from}", person.userId, LocalDate.now().minusDays(2)).andExpect(status().isOk())
                .andExpect(jsonPath("$.checkIns", hasSize(3)));
        physio.get("/api/v1/care/people/{id}/checkins?from=yesterday", person.userId).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        assertThat(reads(physio, "check-ins")).isEqualTo(2);
    }

    @Test
    void withoutALinkAfterRevocationOrForSomeoneElseEveryPartAnswersLikeAMissingPerson() throws Exception {
        String missing = body(physio, "/api/v1/care/people/{id}", "no-such-person");
        ApiClient stranger = ApiClient.newClinician(mvc, jdbc, "Dr Stranger");
        ApiClient other = RedFlagScreens.clearedPerson(mvc, catalog);
        CarePeople.link(person, physio, "summary", "diary");

        for (String part : allParts()) {
            notFoundLikeMissing(stranger, part, person.userId, missing);
            notFoundLikeMissing(physio, part, other.userId, missing);
            physio.get("/api/v1/care/people/{id}" + part, person.userId).andExpect(status().isOk());
            person.get("/api/v1/care/people/{id}" + part, person.userId).andExpect(status().isForbidden());
        }
        person.delete("/api/v1/care/team/{id}", physio.userId).andExpect(status().isNoContent());
        for (String part : allParts()) notFoundLikeMissing(physio, part, person.userId, missing);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND action = 'care.read' AND actor_id = :a")
                .param("u", person.userId).param("a", stranger.userId).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND action = 'care.read'")
                .param("u", other.userId).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND action = 'care.read' AND actor_id = :a")
                .param("u", person.userId).param("a", physio.userId).query(Integer.class).single())
                .as("one read of each part while linked, none after").isEqualTo(allParts().size());
    }

    @Test
    void theClinicianSummaryPdfIsTheRecordInClinicalLanguage() throws Exception {
        CarePeople.link(person, physio, "summary");
        byte[] pdf = physio.get("/api/v1/care/people/{id}/report.pdf", person.userId).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "clinician-summary.pdf"), pdf); // to look at
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Clinician summary", "Robin", "sharing since " + LocalDate.now() + " (summary)");
            assertThat(text).contains("Current status: clear", "psoriasis", "Not sure", "No clinical assessment recorded");
            assertThat(text).contains("Factor profile", "Ankle", "Knee to wall (ankle bend)", "Left foot", "5 cm", "12 cm");
            String today = LocalDate.now().toString();
            assertThat(text).contains("minimal important change (MIC)", "Pain and interference, PEG (0 to 10) 5.0 (" + today + ") baseline only")
                    .contains("Pain rating (0 to 10) 7.0 (" + today + ") 2.7 (" + today + ") -4.3 (improved) 2.0 points or 30 %");
            assertThat(text).contains("Knee-to-wall test, left: 5 cm (restricted)", "Knee-to-wall test, left: 7 cm difference (asymmetric)", "Limited ankle dorsiflexion");
            assertThat(text).contains("Putting on my socks", "3 / 10");
            assertThat(text).contains("Adherence by component").containsPattern("1 of \\d+");
            // Activity titles are names ("Breathing with your legs up"); everything before the plan is in clinical words.
            assertThat(text.substring(0, text.indexOf("Program and adherence"))).as("clinical language, not the person's")
                    .doesNotContain("Your ", " your ");
        }
        assertThat(reads(physio, "report")).isEqualTo(1);

        person.put("/api/v1/care/team/{id}", "{\"scopes\":[\"summary\"]}", physio.userId).andExpect(status().isOk());
        person.delete("/api/v1/care/team/{id}", physio.userId).andExpect(status().isNoContent());
        physio.get("/api/v1/care/people/{id}/report.pdf", person.userId).andExpect(status().isNotFound());
    }

    @Test
    void aCheckInSymptomAndTheClearanceAfterItAreInTheSafetyPartAndThePdfWithTheirDatesAndChannel() throws Exception {
        CarePeople.link(person, physio, "summary");
        String today = LocalDate.now().toString();
        person.put("/api/v1/checkins/{date}", "{\"pain\":4,\"stress\":3,\"sleepHours\":7,\"flare\":false,\"newSymptoms\":[\"fever\"]}", LocalDate.now())
                .andExpect(status().isOk());
        person.post("/api/v1/safety/clinician-assessment", "{\"assessedOn\":\"" + today + "\",\"note\":\"GP saw me\"}")
                .andExpect(status().is2xxSuccessful());
        physio.get("/api/v1/care/people/{id}/safety", person.userId).andExpect(status().isOk())
                .andExpect(jsonPath("$.clearances[0].assessedOn").value(today))
                .andExpect(jsonPath("$.clearances[0].note").value("GP saw me"))
                .andExpect(jsonPath("$.answers[?(@.channel == 'check-in')].item").value(hasItem("fever")))
                .andExpect(jsonPath("$.status.clinicianCleared").value(true));
        byte[] pdf = physio.get("/api/v1/care/people/{id}/report.pdf", person.userId).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(today + " GP saw me").contains(LocalDate.now() + " check-in Along with your back pain, have you had a fever")
                    .doesNotContain("No clinical assessment recorded");
        }
    }

    private List<String> allParts() {
        List<String> parts = new java.util.ArrayList<>(SUMMARY_PARTS);
        parts.add("/checkins");
        parts.add("/report.pdf");
        return parts;
    }

    private String body(ApiClient who, String path, String id) throws Exception {
        return who.get(path, id).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    }

    /** The same status and body as for an id nobody has (the instance path aside). */
    private void notFoundLikeMissing(ApiClient who, String part, String id, String missing) throws Exception {
        String answer = body(who, "/api/v1/care/people/{id}" + part, id);
        assertThat(withoutInstance(answer)).as("%s of %s", part, id).isEqualTo(withoutInstance(missing));
    }

    private static String withoutInstance(String problem) {
        Map<String, Object> json = com.jayway.jsonpath.JsonPath.read(problem, "$");
        var copy = new java.util.TreeMap<>(json);
        copy.remove("instance");
        return copy.toString();
    }

    private int reads(ApiClient clinician, String part) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = :u AND action = 'care.read' AND actor_id = :a AND detail = :d")
                .param("u", person.userId).param("a", clinician.userId).param("d", part).query(Integer.class).single();
    }
}
