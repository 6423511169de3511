package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.backroot.BackrootApplication;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.shared.GroupCommitter;
import org.backroot.testing.ApiClient;
import org.backroot.testing.NoTestClasses;
import org.backroot.tracking.CheckInRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The app goes down after a flare check-in is committed and before the plan switched to calm; the next start
 * delivers the event and the switch is there. (SQLite, the embedded default: a real second start on the same file.)
 */
class EventsSurviveRestartTest {

    /** In the first run, the app "dies" in the moment between the commit and the program's listener. */
    static class GoesDownBeforeTheSwitch {
        @EventListener
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void checkInRecorded(CheckInRecorded event) {
            throw new IllegalStateException("the app went down before the plan could switch");
        }
    }

    private static ConfigurableApplicationContext start(String dataDir, Class<?>... extra) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(BackrootApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("noTestClasses", new NoTestClasses()));
        for (Class<?> c : extra) app.sources(c);
        // As arguments: they outrank application.yaml (default properties would not, and the app would use ./data).
        return app.run("--backroot.data-dir=" + dataDir, "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.org.flywaydb=WARN");
    }

    @Test
    void aFlareCommittedJustBeforeTheAppWentDownSwitchesToCalmWhenItStartsAgain() throws Exception {
        String dataDir = "target/test-data/restart-" + UUID.randomUUID();
        LocalDate today = LocalDate.now();
        String userId;
        try (ConfigurableApplicationContext first = start(dataDir, GoesDownBeforeTheSwitch.class)) {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) first).apply(springSecurity()).build();
            ApiClient pat = ProgramPeople.cleared(mvc, first.getBean(InstrumentCatalog.class));
            pat.post("/api/v1/plan", "").andExpect(status().isCreated()).andExpect(jsonPath("$.phase").value("build"));
            pat.put("/api/v1/checkins/{date}", AdaptationApiTest.checkIn(3, false), today.minusDays(1)).andExpect(status().is2xxSuccessful());
            pat.put("/api/v1/checkins/{date}", AdaptationApiTest.checkIn(6, true), today).andExpect(status().is2xxSuccessful());
            pat.get("/api/v1/plan").andExpect(jsonPath("$.phase").value("build"));
            userId = pat.userId;
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.getEnvironment().getProperty("spring.datasource.url")).contains(dataDir.substring("target/".length()));
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT from_phase || '->' || to_phase || ' ' || on_date FROM phase_change WHERE user_id = :user")
                    .param("user", userId).query(String.class).list()).containsExactly("build->calm " + today);
            second.getBean(GroupCommitter.class).submit(() -> null); // completion marks ride along with group commits
            assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE user_id = :user AND completed_at IS NULL")
                    .param("user", userId).query(Long.class).single()).isZero();
        }
    }
}
