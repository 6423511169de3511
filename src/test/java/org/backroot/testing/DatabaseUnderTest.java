package org.backroot.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Chooses the database every {@link BackrootAppTest} runs on. By default that is a fresh SQLite file (the
 * annotation's data directory). With the system property {@code backroot.test.database=postgresql} (set by the
 * build's second test run, {@code api-on-postgresql} in the pom) the same test classes run on the shared embedded
 * PostgreSQL instead, each application context on a schema of its own, so the whole API and page suite is proven
 * on both databases without a copy of any test.
 *
 * <p>Test classes that pin a database themselves (the {@code *PostgresTest}, {@code *SqliteTest} pairs) keep it:
 * their {@code @DynamicPropertySource} wins over this, and the PostgreSQL run leaves them out.
 */
public final class DatabaseUnderTest implements ContextCustomizerFactory {

    public static final String PROPERTY = "backroot.test.database";

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "sqlite"));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!postgresql() || !MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).isPresent(BackrootAppTest.class)) {
            return null;
        }
        return new OnPostgresql();
    }

    /** Equal to every other instance, so the context cache shares contexts exactly as it does on SQLite. */
    private static final class OnPostgresql implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            String url = TestDatabases.postgresUrl("app_" + CONTEXTS.incrementAndGet());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("backroot-test-database", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.hikari.maximum-pool-size", 5)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OnPostgresql;
        }

        @Override
        public int hashCode() {
            return OnPostgresql.class.hashCode();
        }
    }
}
