package org.backroot.backup.domain;

import java.time.Instant;
import java.util.Objects;

/** One backup in the backup folder: its file name, its size in bytes and when it was made (UTC). */
public record BackupFile(String name, long size, Instant created) {

    public BackupFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(created, "created");
        if (!BackupNames.isBackup(name)) throw new IllegalArgumentException("not a backup file name: " + name);
        if (size < 0) throw new IllegalArgumentException("size must not be negative: " + size);
    }
}
