package org.backroot.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    static final String DATABASE_FILE = "backroot.db";
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")) return;
        Path dataDir = Path.of(env.getProperty("backroot.data-dir", "./data")).toAbsolutePath().normalize();
        Path database = prepareDatabaseFile(dataDir);
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.datasource.url", sqliteUrl(database));
        defaults.put("spring.datasource.hikari.maximum-pool-size", 1);
        defaults.put("backroot.database", "sqlite");
        env.getPropertySources().addLast(new MapPropertySource("backroot-embedded-database", defaults));
    }

    public static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=FULL&busy_timeout=10000&foreign_keys=true&secure_delete=true";
    }

    /**
     * Creates the data directory readable by its owner only (700) and the database file as 600 before SQLite
     * opens it; SQLite gives its {@code -wal} and {@code -shm} files the database file's permissions. Files left
     * more open by an earlier version are narrowed to 600. On file systems without POSIX permissions (Windows),
     * the folder's own access rules apply. Answers the database file.
     */
    static Path prepareDatabaseFile(Path dataDir) {
        boolean posix = dataDir.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(dataDir)) {
                if (posix) {
                    Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                } else {
                    Files.createDirectories(dataDir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir
                    + " (set BACKROOT_DATA_DIR to a writable folder)", e);
        }
        Path database = dataDir.resolve(DATABASE_FILE);
        if (!posix) return database;
        try {
            if (!Files.exists(database)) {
                Files.createFile(database, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            }
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path file = Path.of(database + suffix);
                if (Files.exists(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY_FILE)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database file " + database + " readable by its owner only", e);
        }
        return database;
    }

    @Override
    public int getOrder() {
        // After application.yaml and the environment are read, so an explicit URL always wins.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
