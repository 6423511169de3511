package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** GDPR erasure on SQLite: after an account is deleted, none of the person's words remain in the database files. */
@BackrootAppTest
@Tag("sqlite-only") // reads the SQLite file, its WAL and free pages byte by byte; a PostgreSQL server keeps its own files
class ErasureLeavesNoTraceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeletedAccountLeavesNoneOfThePersonsWordsInTheDatabaseFileItsLogOrItsIndex() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String email = "erase-" + tag + "@example.org";
        String name = "Quillon" + tag;
        String note = "slept badly after the barbecue at " + tag;
        String psfsActivity = "lifting the kayak " + tag;
        String ladderStep = "bending over the garden bed " + tag;

        ApiClient person = ApiClient.newPerson(mvc, email, name);
        person.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of())).andExpect(status().isCreated());
        person.put("/api/v1/checkins/{date}", "{\"pain\":4,\"stress\":3,\"sleepHours\":6.5,\"flare\":false,\"note\":\"" + note + "\"}",
                "2026-11-20").andExpect(status().isOk());
        person.post("/api/v1/responses", "{\"instrumentId\":\"psfs\",\"answers\":{\"activity-1\":\"" + psfsActivity
                + "\",\"rating-1\":4}}").andExpect(status().isCreated());
        person.post("/api/v1/fear-ladder", "{\"activity\":\"" + ladderStep + "\",\"fear\":60}").andExpect(status().isCreated());
        mvc.perform(formLogin("/login").user("username", email).password(ApiClient.PASSWORD));
        List<String> words = List.of(email, name, note, psfsActivity, ladderStep, person.userId);
        assertThat(occurrences(words)).as("the person's words are stored before the deletion").isNotEmpty();

        mvc.perform(delete("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"confirmEmail\":\"" + email + "\"}"))
                .andExpect(status().isNoContent());

        assertThat(occurrences(words)).as("the person's words left in the database files after the deletion").isEmpty();
        assertThat(Files.exists(walOf(databaseFile())) ? Files.size(walOf(databaseFile())) : 0L).as("write-ahead log size").isZero();
    }

    /** "word in file" for each word found in the raw bytes of the database file, its -wal or its -shm. */
    private List<String> occurrences(List<String> words) throws Exception {
        Path db = databaseFile();
        List<String> found = new ArrayList<>();
        for (Path file : List.of(db, walOf(db), Path.of(db + "-shm"))) {
            if (!Files.exists(file)) continue;
            byte[] bytes = Files.readAllBytes(file);
            for (String word : words) {
                if (contains(bytes, word.getBytes(StandardCharsets.UTF_8))) found.add(word + " in " + file.getFileName());
            }
        }
        return found;
    }

    private Path databaseFile() {
        String file = jdbc.sql("PRAGMA database_list").query((rs, n) -> rs.getString("name") + "=" + rs.getString("file")).list()
                .stream().filter(s -> s.startsWith("main=")).findFirst().orElseThrow().substring("main=".length());
        return Path.of(file);
    }

    private static Path walOf(Path db) {
        return Path.of(db + "-wal");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
