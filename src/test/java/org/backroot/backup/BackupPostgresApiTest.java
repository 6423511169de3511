package org.backroot.backup;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** On PostgreSQL Backroot makes no backups itself: the API and the page say to use pg_dump. */
@BackrootAppTest
class BackupPostgresApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.useEmbeddedPostgres(registry, "backup_api");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorIsToldToUsePgDump() throws Exception {
        ApiClient admin = ApiClient.newPerson(mvc);
        jdbc.sql("UPDATE app_user SET roles = 'ADMIN,PERSON' WHERE id = :id").param("id", admin.userId).update();

        admin.post("/api/v1/admin/backups", "").andExpect(status().isConflict())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("pg_dump")));
        admin.get("/api/v1/admin/backups").andExpect(status().isConflict());

        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", admin.email).param("password", ApiClient.PASSWORD))
                .andExpect(redirectedUrl("/start")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/settings/backups").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"backups-postgresql\"")))
                .andExpect(content().string(containsString("pg_dump")));
    }
}
