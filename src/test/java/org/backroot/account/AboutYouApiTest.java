package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@BackrootAppTest
@Import(PinnedClock.Config.class)
class AboutYouApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PinnedClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void midYear() {
        clock.set(Instant.parse("2026-06-15T12:00:00Z"));
    }

    @Test
    void nothingIsAnsweredAtFirstAndAPutIsReadBackWithTheAge() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.get("/api/v1/me/about").andExpect(status().isOk())
                .andExpect(jsonPath("$.birthYear").isEmpty()).andExpect(jsonPath("$.sex").isEmpty())
                .andExpect(jsonPath("$.pregnancy").isEmpty()).andExpect(jsonPath("$.activeCancerTreatment").isEmpty());

        pat.put("/api/v1/me/about", "{\"birthYear\":1990,\"sex\":\"female\",\"pregnancy\":\"pregnant\","
                        + "\"activeCancerTreatment\":false,\"osteoporosisMedication\":false}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.age").value(36));
        pat.get("/api/v1/me/about")
                .andExpect(jsonPath("$.birthYear").value(1990)).andExpect(jsonPath("$.age").value(36))
                .andExpect(jsonPath("$.sex").value("female")).andExpect(jsonPath("$.pregnancy").value("pregnant"))
                .andExpect(jsonPath("$.activeCancerTreatment").value(false)).andExpect(jsonPath("$.osteoporosisMedication").value(false));
    }

    @Test
    void anAgeBecomesAYearOfBirthAndAPutReplacesEveryAnswer() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/me/about", "{\"age\":58,\"osteoporosisMedication\":true}").andExpect(status().isOk())
                .andExpect(jsonPath("$.birthYear").value(1968)).andExpect(jsonPath("$.age").value(58));
        pat.put("/api/v1/me/about", "{\"sex\":\"male\"}").andExpect(status().isOk());
        pat.get("/api/v1/me/about").andExpect(jsonPath("$.birthYear").isEmpty())
                .andExpect(jsonPath("$.osteoporosisMedication").isEmpty()).andExpect(jsonPath("$.sex").value("male"));
    }

    @Test
    void everyBadFieldIsNamedInOne400AndNothingIsSaved() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/me/about", "{\"birthYear\":2015,\"sex\":\"robot\",\"pregnancy\":\"maybe\","
                        + "\"activeCancerTreatment\":\"perhaps\",\"osteoporosisMedication\":3}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "birthYear", "sex", "pregnancy", "activeCancerTreatment", "osteoporosisMedication")));
        pat.put("/api/v1/me/about", "{\"age\":12}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("age"));
        pat.put("/api/v1/me/about", "{\"age\":40,\"birthYear\":1950}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("age"));
        pat.put("/api/v1/me/about", "{\"birthYear\":\"nineteen\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("birthYear"));
        pat.get("/api/v1/me/about").andExpect(jsonPath("$.sex").isEmpty()).andExpect(jsonPath("$.birthYear").isEmpty());
    }

    @Test
    void theExportHoldsTheAnswersAndTheTimeZone() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/me", "{\"timeZone\":\"Europe/Berlin\"}").andExpect(status().isOk());
        pat.put("/api/v1/me/about", "{\"birthYear\":1980,\"pregnancy\":\"recently-given-birth\"}").andExpect(status().isOk());
        Map<String, String> files = unzip(pat.get("/api/v1/export").andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(files).containsKeys("about_you.csv", "about_you.json");
        assertThat(files.get("about_you.csv")).contains("recently-given-birth").contains("1980");
        assertThat(files.get("account.json")).contains("Europe/Berlin");
    }

    @Test
    void deletingTheAccountRemovesTheAnswers() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/me/about", "{\"birthYear\":1980,\"activeCancerTreatment\":true}").andExpect(status().isOk());
        assertThat(aboutRows(pat.userId)).isEqualTo(1);
        mvc.perform(MockMvcRequestBuilders.delete("/api/v1/me").header("Authorization", "Bearer " + pat.token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"confirmEmail\":\"" + pat.email + "\"}"))
                .andExpect(status().isNoContent());
        assertThat(aboutRows(pat.userId)).isZero();
    }

    private long aboutRows(String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM about_you WHERE user_id = :id").param("id", userId).query(Long.class).single();
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
