package org.backroot.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a fresh SQLite file under target/test-data, with MockMvc. All test
 * classes with this annotation share one context (and database), so tests create their own users.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "backroot.data-dir=target/test-data/app-${random.uuid}",
    "logging.level.org.flywaydb=WARN",
    "spring.main.banner-mode=off"
})
@AutoConfigureMockMvc
public @interface BackrootAppTest {
}
