package org.backroot.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the embedded SQLite database when no datasource URL is configured, so that
 * {@code mvn spring-boot:run} or {@code java -jar} works with no setup at all.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=FULL}: a write is only acknowledged once it is
 * on disk. One connection, because SQLite has a single writer and a pool of several only adds
 * lock waits (measured in STACK.md).
 *
 * <p>{@code secure_delete} is on for every connection: SQLite overwrites deleted rows with zeros instead
 * of leaving them in free pages, so an erased account is not readable in the file afterwards.
 */
public class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")) return;
        Path dataDir = Path.of(env.getProperty("backroot.data-dir", "./data")).toAbsolutePath().normalize();
        createDirectory(dataDir);
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.datasource.url", sqliteUrl(dataDir.resolve("backroot.db")));
        defaults.put("spring.datasource.hikari.maximum-pool-size", 1);
        defaults.put("backroot.database", "sqlite");
        env.getPropertySources().addLast(new MapPropertySource("backroot-embedded-database", defaults));
    }

    public static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&foreign_keys=true&secure_delete=true";
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dir
                    + " (set BACKROOT_DATA_DIR to a writable folder)", e);
        }
    }

    @Override
    public int getOrder() {
        // After application.yaml and the environment are read, so an explicit URL always wins.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
