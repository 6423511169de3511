package org.backroot.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.backroot.backup.domain.BackupNames;
import org.backroot.shared.EmbeddedDatabaseDefaults;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.api.Test;

/** {@code backup --to FILE} and {@code restore --from FILE} find the database as the app does and start no server. */
class BackupCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BackupCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void backsUpTheDataDirectorysDatabaseAndRestoresItKeepingTheReplacedOne() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "test-data", "cli-" + System.nanoTime())).toAbsolutePath();
        String url = EmbeddedDatabaseDefaults.sqliteUrl(dataDir.resolve("backroot.db"));
        Database db = SqliteBackupRepositoryTest.migrated(url);
        String ann = TestPeople.insert(db, "Ann");
        Path file = dataDir.resolve("saved.db");

        assertThat(run("backup", "--to", file.toString(), "--backroot.data-dir=" + dataDir)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Backup written to " + file);

        String bea = TestPeople.insert(db, "Bea"); // after the backup: gone once it is restored
        assertThat(run("restore", "--from=" + file, "--backroot.data-dir=" + dataDir)).as(err.toString()).isZero();

        assertThat(db.jdbc().sql("SELECT id FROM app_user").query(String.class).list()).containsExactly(ann);
        try (Stream<Path> kept = Files.list(dataDir.resolve("backups"))) {
            Path before = kept.filter(f -> BackupNames.isBackup(f.getFileName().toString())).findFirst().orElseThrow();
            var copy = org.springframework.jdbc.core.simple.JdbcClient.create(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource("jdbc:sqlite:" + before, true));
            assertThat(copy.sql("SELECT id FROM app_user").query(String.class).set()).containsExactlyInAnyOrder(ann, bea);
        }
    }

    @Test
    void saysHowToUseItWhenTheFileIsMissingAndRefusesANonBackrootFile() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "test-data", "cli-" + System.nanoTime())).toAbsolutePath();
        assertThat(BackupCommandLine.handles(new String[] {"backup"})).isTrue();
        assertThat(BackupCommandLine.handles(new String[] {"--demo"})).isFalse();
        assertThat(run("backup", "--backroot.data-dir=" + dataDir)).isEqualTo(2);
        assertThat(err.toString()).contains("Usage:");

        Path notes = Files.writeString(dataDir.resolve("notes.db"), "not a database");
        assertThat(run("restore", "--from", notes.toString(), "--backroot.data-dir=" + dataDir)).isEqualTo(2);
        assertThat(err.toString()).contains(notes.toString());
    }

    @Test
    void onPostgresqlItPointsToPgDump() {
        assertThat(run("backup", "--to", "x.db", "--spring.datasource.url=jdbc:postgresql://localhost:5432/backroot")).isEqualTo(2);
        assertThat(err.toString()).contains("pg_dump");
    }
}
