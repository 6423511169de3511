package org.backroot.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a fresh SQLite file under target/test-data, with MockMvc. All test
 * classes with this annotation share one context (and database), so tests create their own users.
 * The build runs every such class a second time on PostgreSQL ({@link DatabaseUnderTest}, tag {@code app}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "backroot.data-dir=target/test-data/app-${random.uuid}",
    "logging.level.org.flywaydb=WARN",
    "spring.main.banner-mode=off"
})
@AutoConfigureMockMvc
@Tag("app")
public @interface BackrootAppTest {
}
