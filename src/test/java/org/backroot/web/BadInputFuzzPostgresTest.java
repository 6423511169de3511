package org.backroot.web;

import org.backroot.testing.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bad-input fuzz test on PostgreSQL (the shared embedded test server, a schema of its own): NUL in text breaks only there. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "backroot.data-dir=target/test-data/app-${random.uuid}",
    "logging.level.org.flywaydb=WARN",
    "spring.main.banner-mode=off"
})
class BadInputFuzzPostgresTest extends BadInputFuzzContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabases.useEmbeddedPostgres(registry, "bad_input_fuzz");
    }
}
