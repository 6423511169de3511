package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An administrator runs the system and does not read personal data through it. Every GET endpoint only an
 * administrator may use (under /api/v1/admin, and the actuator) is called as an administrator after a person has
 * written a check-in with a note nobody else could guess: no answer holds that note, the person's name, email or id.
 * A new admin endpoint that hands out someone's data fails here the day it is added.
 */
@BackrootAppTest
class AdminReadsNoPersonalDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noAdministratorEndpointAnswersWithAPersonsData() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        String name = "Quinn" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient person = ApiClient.newPerson(mvc, "private-" + UUID.randomUUID() + "@example.org", name);
        person.put("/api/v1/checkins/2026-12-01", "{\"pain\":6,\"stress\":4,\"sleepHours\":5,\"flare\":true,\"note\":\"" + marker + "\"}")
                .andExpect(status().is2xxSuccessful());
        ApiClient admin = ApiClient.newPerson(mvc);
        jdbc.sql("UPDATE app_user SET roles = 'ADMIN,PERSON' WHERE id = :id").param("id", admin.userId).update();

        List<String> called = new ArrayList<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) continue;
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/admin")) continue;
                String url = pattern.replaceAll("\\{[^}]+}", person.userId);
                // A 404's problem+json names the address asked for; only what the answer adds counts.
                String body = admin.get(url).andReturn().getResponse().getContentAsString().replace(url, "");
                called.add(url);
                assertThat(body).as(url).doesNotContain(marker).doesNotContain(name).doesNotContain(person.email).doesNotContain(person.userId);
            }
        }
        for (String url : List.of("/actuator/health", "/actuator/info", "/actuator/metrics", "/actuator/metrics/http.server.requests")) {
            String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(admin.email).roles("ADMIN")))
                    .andReturn().getResponse().getContentAsString();
            called.add(url);
            assertThat(body).as(url).doesNotContain(marker).doesNotContain(name).doesNotContain(person.email).doesNotContain(person.userId);
        }
        assertThat(called).as("the admin endpoints called").contains("/api/v1/admin/clinicians", "/api/v1/admin/backups");
    }
}
