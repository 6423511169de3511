package org.backroot.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.backroot.shared.EmbeddedDatabaseDefaults;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * SQLite's online backup under write load: while another thread keeps committing check-ins, a backup is taken and
 * restored into a fresh file; every row committed before the backup began is there, unchanged, and nothing else
 * but a prefix of what the writer committed afterwards.
 */
class SqliteBackupRepositoryTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

    @Test
    void aBackupTakenWhileCheckInsAreWrittenRestoresEveryRowCommittedBeforeIt() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath();
        Path live = Files.createTempFile(dir, "live-", ".db");
        String url = EmbeddedDatabaseDefaults.sqliteUrl(live);
        Database db = migrated(url);
        String ann = TestPeople.insert(db, "Ann");

        AtomicInteger committed = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        CountDownLatch warmedUp = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            // Its own connection, like the app's pool: one auto-committed check-in per day, in order.
            SingleConnectionDataSource own = new SingleConnectionDataSource(url, true);
            try {
                JdbcClient jdbc = JdbcClient.create(own);
                for (int i = 0; !stop.get(); i++) {
                    insertCheckIn(jdbc, ann, FIRST_DAY.plusDays(i), i);
                    if (committed.incrementAndGet() == 200) warmedUp.countDown();
                }
            } catch (Throwable t) {
                writerFailure.set(t);
                warmedUp.countDown();
            } finally {
                own.destroy();
            }
        });
        writer.start();
        assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();

        int committedBefore = committed.get();
        Path backup = dir.resolve("backup-" + System.nanoTime() + ".db");
        SqliteBackupRepository.backup(url, backup);
        int committedAfterBackup = committed.get();
        stop.set(true);
        writer.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(writerFailure.get()).isNull();
        int committedInAll = committed.get();

        Path fresh = dir.resolve("restored-" + System.nanoTime() + ".db");
        String freshUrl = EmbeddedDatabaseDefaults.sqliteUrl(fresh);
        SqliteBackupRepository.restore(freshUrl, backup);

        List<Map<String, Object>> restored = rows(freshUrl);
        List<Map<String, Object>> source = rows(url);
        assertThat(source).hasSize(committedInAll);
        // Zero differences for the rows committed before the backup began: all there, every column equal.
        assertThat(restored.size()).isBetween(committedBefore, committedAfterBackup);
        assertThat(restored.subList(0, committedBefore)).isEqualTo(source.subList(0, committedBefore));
        // Whatever else the snapshot caught is exactly the writer's next rows, in order: nothing half-written.
        assertThat(restored).isEqualTo(source.subList(0, restored.size()));
        assertThat(Files.exists(backup.resolveSibling(backup.getFileName() + ".partial"))).isFalse();
        System.out.printf("backup under load: %d check-ins committed before, %d in the backup, %d during the backup, %d in all%n",
                committedBefore, restored.size(), committedAfterBackup - committedBefore, committedInAll);
    }

    @Test
    void aBackupFileIsReadableOnlyByItsOwner() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath();
        Path live = Files.createTempFile(dir, "live-", ".db");
        migrated(EmbeddedDatabaseDefaults.sqliteUrl(live));
        Path backup = dir.resolve("backup-" + System.nanoTime() + ".db");
        SqliteBackupRepository.backup(EmbeddedDatabaseDefaults.sqliteUrl(live), backup);
        if (Files.getFileStore(backup).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        }
        assertThatThrownBy(() -> SqliteBackupRepository.backup(EmbeddedDatabaseDefaults.sqliteUrl(live), backup))
                .hasMessageContaining("already exists");
    }

    @Test
    void aRestoreRefusesAFileThatIsNotABackrootDatabase() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath();
        Path live = Files.createTempFile(dir, "live-", ".db");
        Database db = migrated(EmbeddedDatabaseDefaults.sqliteUrl(live));
        TestPeople.insert(db, "Bea");
        Path notADatabase = Files.writeString(dir.resolve("notes-" + System.nanoTime() + ".db"), "just some text, not SQLite");
        Path empty = dir.resolve("empty-" + System.nanoTime() + ".db");
        new SingleConnectionDataSource(EmbeddedDatabaseDefaults.sqliteUrl(empty), true).getConnection().createStatement()
                .execute("CREATE TABLE other (x INTEGER)");

        assertThatThrownBy(() -> SqliteBackupRepository.restore(EmbeddedDatabaseDefaults.sqliteUrl(live), notADatabase))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqliteBackupRepository.restore(EmbeddedDatabaseDefaults.sqliteUrl(live), empty))
                .hasMessageContaining("not a Backroot database");
        assertThat(db.jdbc().sql("SELECT count(*) FROM app_user").query(Integer.class).single()).isEqualTo(1);
    }

    static Database migrated(String url) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, true);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/sqlite").load().migrate();
        return new Database("sqlite", JdbcClient.create(ds), ds);
    }

    private static void insertCheckIn(JdbcClient jdbc, String userId, LocalDate day, int i) {
        jdbc.sql("""
                INSERT INTO check_in (user_id, day, pain, stress, sleep_hours, flare, new_symptoms, note, updated_at)
                VALUES (:user, :day, :pain, :stress, :sleep, :flare, '', :note, '2026-12-03T10:00:00.000Z')""")
                .param("user", userId).param("day", day.toString()).param("pain", i % 11).param("stress", (i * 7) % 11)
                .param("sleep", 4 + (i % 9) * 0.5).param("flare", i % 13 == 0).param("note", "day " + i).update();
    }

    private static List<Map<String, Object>> rows(String url) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url, true);
        try {
            return new ArrayList<>(JdbcClient.create(ds).sql("SELECT * FROM check_in ORDER BY day").query().listOfRows());
        } finally {
            ds.destroy();
        }
    }
}
