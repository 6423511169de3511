package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Released migrations never change. {@code db/released-migrations.properties} records Flyway's checksum of every
 * released file (vendor/script = checksum); this test fails when one of them is edited, renamed or removed, and
 * when a new migration is numbered below a released one. A new migration is recorded here when it is released
 * (merged to main): add the line this test prints for it.
 */
class ReleasedMigrationsTest {

    @Test
    void noReleasedMigrationHasChanged() throws IOException {
        Map<String, Integer> released = released();
        Map<String, Integer> now = current();
        StringBuilder unrecorded = new StringBuilder();
        now.forEach((script, checksum) -> {
            if (!released.containsKey(script)) unrecorded.append(script).append('=').append(checksum).append('\n');
        });
        if (!unrecorded.isEmpty()) System.out.println("Not yet released (add when merged to main):\n" + unrecorded);

        released.forEach((script, checksum) -> assertThat(now.get(script))
                .as("%s is released: its Flyway checksum must stay %s. Write a new migration instead of editing it.", script, checksum)
                .isEqualTo(checksum));
    }

    @Test
    void aNewMigrationComesAfterEveryReleasedOne() throws IOException {
        MigrationVersion newestReleased = released().keySet().stream().map(ReleasedMigrationsTest::version)
                .max(MigrationVersion::compareTo).orElseThrow();
        Map<String, Integer> released = released();
        current().keySet().stream().filter(script -> !released.containsKey(script)).forEach(script ->
                assertThat(version(script)).as("%s must be numbered above the newest released version %s", script, newestReleased)
                        .isGreaterThan(newestReleased));
    }

    private static MigrationVersion version(String script) {
        String file = script.substring(script.lastIndexOf('/') + 1);
        return MigrationVersion.fromVersion(file.substring(1, file.indexOf("__")).replace('_', '.'));
    }

    private static Map<String, Integer> released() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReleasedMigrationsTest.class.getResourceAsStream("/db/released-migrations.properties")) {
            p.load(in);
        }
        Map<String, Integer> released = new TreeMap<>();
        p.forEach((k, v) -> released.put(k.toString(), Integer.valueOf(v.toString().trim())));
        assertThat(released).isNotEmpty();
        return released;
    }

    /** Flyway's own checksum of every migration file, as vendor-folder/script, for both vendors. */
    private static Map<String, Integer> current() throws IOException {
        Map<String, Integer> all = new LinkedHashMap<>();
        Path dir = Files.createDirectories(Path.of("target", "test-data"));
        for (String vendor : new String[] {"sqlite", "postgresql"}) {
            Path file = Files.createTempFile(dir, "checksums-", ".db");
            SingleConnectionDataSource ds = new SingleConnectionDataSource(EmbeddedDatabaseDefaults.sqliteUrl(file.toAbsolutePath()), true);
            try {
                MigrationInfo[] infos = Flyway.configure().dataSource(ds)
                        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().info().all();
                Arrays.stream(infos).forEach(i -> {
                    String folder = i.getPhysicalLocation().replace('\\', '/');
                    String parent = folder.substring(0, folder.lastIndexOf('/'));
                    all.put(parent.substring(parent.lastIndexOf('/') + 1) + "/" + i.getScript(), i.getChecksum());
                });
            } finally {
                ds.destroy();
            }
        }
        return all;
    }
}
