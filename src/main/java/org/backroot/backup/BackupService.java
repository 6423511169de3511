package org.backroot.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.backroot.backup.domain.BackupFile;
import org.backroot.backup.domain.BackupNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Makes, lists and prunes backups of the embedded SQLite database in the backup folder. */
@Service
class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final String jdbcUrl;
    private final Path directory;
    private final BackupProperties properties;
    private final Clock clock;

    BackupService(@Value("${spring.datasource.url:}") String jdbcUrl, @Value("${backroot.data-dir:./data}") Path dataDir,
            BackupProperties properties, Clock clock) {
        this.jdbcUrl = jdbcUrl;
        this.directory = directory(properties, dataDir);
        this.properties = properties;
        this.clock = clock;
    }

    static Path directory(BackupProperties properties, Path dataDir) {
        return (properties.directory() != null ? properties.directory() : dataDir.resolve("backups")).toAbsolutePath().normalize();
    }

    boolean available() {
        return SqliteBackupRepository.isSqlite(jdbcUrl);
    }

    Path directory() {
        return directory;
    }

    /** Makes a backup now, while the app keeps running and writing. */
    synchronized BackupFile create() {
        if (!available()) throw new BackupUnavailableException();
        try {
            Files.createDirectories(directory);
            SqliteBackupRepository.ownerOnly(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the backup folder " + directory, e);
        }
        Path file = directory.resolve(BackupNames.forInstant(clock.instant()));
        if (Files.exists(file)) return read(file);
        SqliteBackupRepository.backup(jdbcUrl, file);
        return read(file);
    }

    /** The backups in the folder, newest first. */
    List<BackupFile> list() {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> BackupNames.isBackup(f.getFileName().toString())).map(BackupService::read)
                    .sorted(Comparator.comparing(BackupFile::created).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the backup folder " + directory, e);
        }
    }

    /** The nightly backup, then the oldest backups beyond {@code backroot.backup.keep} are deleted. */
    @Scheduled(cron = "${backroot.backup.cron:0 30 2 * * *}")
    void nightly() {
        if (!available()) return;
        BackupFile made = create();
        log.info("Nightly backup {} ({} bytes) in {}", made.name(), made.size(), directory);
        prune();
    }

    /** Deletes the backups beyond the newest {@code keep}; answers the ones deleted. */
    synchronized List<BackupFile> prune() {
        List<BackupFile> old = properties.retention().toDelete(list());
        for (BackupFile b : old) {
            try {
                Files.deleteIfExists(directory.resolve(b.name()));
            } catch (IOException e) {
                log.warn("Could not delete the old backup {}: {}", b.name(), e.getMessage());
            }
        }
        return old;
    }

    private static BackupFile read(Path file) {
        try {
            String name = file.getFileName().toString();
            return new BackupFile(name, Files.size(file), BackupNames.madeAt(name).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
