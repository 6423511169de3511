package org.backroot.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The bad-input fuzz test on the default embedded SQLite database. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "backroot.data-dir=target/test-data/app-${random.uuid}",
    "logging.level.org.flywaydb=WARN",
    "spring.main.banner-mode=off"
})
class BadInputFuzzTest extends BadInputFuzzContract {
}
