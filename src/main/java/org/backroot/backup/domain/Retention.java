package org.backroot.backup.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Keeps the newest {@code keep} backups and lets the older ones go. */
public record Retention(int keep) {

    public Retention {
        if (keep < 1) throw new IllegalArgumentException("backroot.backup.keep must be at least 1 (was " + keep + ")");
    }

    /** The backups to delete: every one older than the newest {@code keep}, oldest first. */
    public List<BackupFile> toDelete(List<BackupFile> backups) {
        List<BackupFile> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupFile::created).thenComparing(BackupFile::name).reversed()).toList();
        if (newestFirst.size() <= keep) return List.of();
        List<BackupFile> older = new ArrayList<>(newestFirst.subList(keep, newestFirst.size()));
        Collections.reverse(older);
        return List.copyOf(older);
    }
}
