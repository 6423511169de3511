package org.backroot.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.backroot.backup.domain.BackupFile;
import org.backroot.backup.domain.BackupNames;
import org.backroot.shared.EmbeddedDatabaseDefaults;
import org.backroot.testing.PinnedClock;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.api.Test;

/** Each night adds one backup to the folder and deletes the oldest beyond backroot.backup.keep. */
class NightlyBackupTest {

    @Test
    void tenNightsLeaveTheNewestThreeBackups() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "test-data", "nightly-" + System.nanoTime())).toAbsolutePath();
        String url = EmbeddedDatabaseDefaults.sqliteUrl(dataDir.resolve("backroot.db"));
        var db = SqliteBackupRepositoryTest.migrated(url);
        PinnedClock clock = new PinnedClock();
        Instant first = Instant.parse("2026-11-01T02:30:00Z");
        BackupService service = new BackupService(url, dataDir, new BackupProperties("0 30 2 * * *", 3, null), clock);

        for (int night = 0; night < 10; night++) {
            TestPeople.insert(db, "Night" + night);
            clock.set(first.plus(Duration.ofDays(night)));
            service.nightly();
        }

        assertThat(service.directory()).isEqualTo(dataDir.resolve("backups"));
        assertThat(service.list()).extracting(BackupFile::name).containsExactly(
                BackupNames.forInstant(first.plus(Duration.ofDays(9))),
                BackupNames.forInstant(first.plus(Duration.ofDays(8))),
                BackupNames.forInstant(first.plus(Duration.ofDays(7))));
        try (var files = Files.list(service.directory())) {
            assertThat(files.count()).isEqualTo(3);
        }
    }

    @Test
    void onPostgresqlNoBackupIsMadeAndTheNightlyJobDoesNothing() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "test-data", "nightly-" + System.nanoTime())).toAbsolutePath();
        BackupService service = new BackupService("jdbc:postgresql://localhost/backroot", dataDir,
                new BackupProperties("-", 7, null), new PinnedClock());
        service.nightly();
        assertThat(Files.exists(dataDir.resolve("backups"))).isFalse();
        assertThatThrownBy(service::create).isInstanceOf(BackupUnavailableException.class).hasMessageContaining("pg_dump");
    }

    @Test
    void keepingFewerThanOneBackupIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new BackupProperties("-", 0, null)).hasMessageContaining("backroot.backup.keep");
    }
}
