package org.backroot.backup.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup files are named after the instant they were made, in UTC, to the second and with no colon so the
 * name works on every file system: {@code backroot-20261203T023000Z.db}. Sorting the names sorts by time.
 */
public final class BackupNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Pattern NAME = Pattern.compile("backroot-(\\d{8}T\\d{6}Z)\\.db");

    private BackupNames() {
    }

    public static String forInstant(Instant at) {
        return "backroot-" + STAMP.format(LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)) + ".db";
    }

    public static boolean isBackup(String name) {
        return madeAt(name).isPresent();
    }

    /** When the backup with this name was made, or empty when the name is not one of ours. */
    public static Optional<Instant> madeAt(String name) {
        if (name == null) return Optional.empty();
        Matcher m = NAME.matcher(name);
        if (!m.matches()) return Optional.empty();
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
