package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.RedFlagScreens;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@BackrootAppTest
class PersonalDataApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Test
    void exportsOwnRowsOfEveryPersonalTableAsCsvAndJson() throws Exception {
        ApiClient ann = RedFlagScreens.clearedPerson(mvc, catalog);
        ApiClient ben = RedFlagScreens.clearedPerson(mvc, catalog);
        ann.post("/api/v1/self-tests", "{\"toeTouchCm\":12}").andExpect(status().isCreated());
        ben.post("/api/v1/self-tests", "{\"toeTouchCm\":33}").andExpect(status().isCreated());

        byte[] zip = ann.get("/api/v1/export").andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("backroot-export.zip")))
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = unzip(zip);

        assertThat(files).containsKeys("README.txt", "account.json", "self_test.csv", "self_test.json", "access_token.csv", "instrument_response.json");
        assertThat(files.get("account.json")).contains(ann.email);
        assertThat(files.get("self_test.csv")).contains("toeTouchCm").contains(ann.userId).doesNotContain(ben.userId);
        assertThat(String.join("", files.values())).doesNotContain(ben.userId).doesNotContain(ben.email);
    }

    @Test
    void deletingNeedsTheAccountEmailAndThenRemovesEverything() throws Exception {
        ApiClient pat = RedFlagScreens.clearedPerson(mvc, catalog);
        pat.post("/api/v1/self-tests", "{\"toeTouchCm\":12}").andExpect(status().isCreated());

        pat.delete("/api/v1/me").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("confirmEmail"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/me")
                        .header("Authorization", "Bearer " + pat.token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmEmail\":\"someone-else@example.org\"}"))
                .andExpect(status().isBadRequest());
        pat.get("/api/v1/me").andExpect(status().isOk());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/me")
                        .header("Authorization", "Bearer " + pat.token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmEmail\":\"" + pat.email.toUpperCase() + "\"}"))
                .andExpect(status().isNoContent());

        pat.get("/api/v1/me").andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + pat.email + "\",\"password\":\"" + ApiClient.PASSWORD + "\",\"displayName\":\"Again\"}"))
                .andExpect(status().isCreated());
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
