package org.backroot.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators make and list backups through the API and the Settings page; nobody else can. */
@BackrootAppTest
@Tag("sqlite-only") // SQLite online backups; on PostgreSQL the answer is pg_dump (BackupPostgresApiTest)
class BackupApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackupService backups;

    private ApiClient newAdmin() throws Exception {
        ApiClient admin = ApiClient.newPerson(mvc);
        jdbc.sql("UPDATE app_user SET roles = 'ADMIN,PERSON' WHERE id = :id").param("id", admin.userId).update();
        return admin;
    }

    @Test
    void anAdministratorMakesABackupThatHoldsTheDatabaseAsItWas() throws Exception {
        ApiClient admin = newAdmin();
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.put("/api/v1/checkins/2026-12-01", "{\"pain\":4,\"stress\":3,\"sleepHours\":7,\"flare\":false}")
                .andExpect(status().is2xxSuccessful());

        var made = admin.post("/api/v1/admin/backups", "").andExpect(status().isCreated())
                .andExpect(jsonPath("$.file").value(containsString("backroot-")))
                .andExpect(jsonPath("$.created").exists());
        String file = ApiClient.read(made, "$.file");
        Number size = ApiClient.read(made, "$.size");

        Path backup = backups.directory().resolve(file);
        assertThat(Files.size(backup)).isEqualTo(size.longValue()).isPositive();
        assertThat(Instant.parse(ApiClient.read(made, "$.created"))).isBeforeOrEqualTo(Instant.now());
        JdbcClient copy = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource("jdbc:sqlite:" + backup, true));
        assertThat(copy.sql("SELECT pain FROM check_in WHERE user_id = :id").param("id", pat.userId).query(Integer.class).single())
                .isEqualTo(4);

        admin.get("/api/v1/admin/backups").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.file == '" + file + "')].size").value(org.hamcrest.Matchers.contains(size.intValue())));
    }

    @Test
    void aPersonOrAClinicianCannotMakeOrListBackups() throws Exception {
        ApiClient pat = ApiClient.newPerson(mvc);
        pat.post("/api/v1/admin/backups", "").andExpect(status().isForbidden());
        pat.get("/api/v1/admin/backups").andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/backups")).andExpect(status().isUnauthorized());

        Cookie session = signIn(pat);
        mvc.perform(get("/settings/backups").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/settings/backups").cookie(session).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/settings/tokens").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"backups-link\""))));
    }

    @Test
    void theBackupPageListsBackupsAndMakesOneWithAButton() throws Exception {
        ApiClient admin = newAdmin();
        Cookie session = signIn(admin);
        mvc.perform(get("/settings/tokens").cookie(session)).andExpect(content().string(containsString("data-testid=\"backups-link\"")));

        var flash = mvc.perform(post("/settings/backups").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/settings/backups")).andReturn().getFlashMap();
        mvc.perform(get("/settings/backups").cookie(session).flashAttrs(flash)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"backup-made\"")))
                .andExpect(content().string(containsString(backups.list().get(0).name())))
                .andExpect(content().string(containsString("restore --from")))
                .andExpect(content().string(not(containsString("??"))));
    }

    private Cookie signIn(ApiClient who) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", who.email).param("password", ApiClient.PASSWORD))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
    }
}
