package org.backroot.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQLite's online backup (the sqlite3_backup API behind the xerial driver's {@code backup to} and
 * {@code restore from} statements). A backup opens its own connection, so in WAL mode the app keeps writing
 * while the copy is made; the copy is one consistent snapshot of every transaction committed before it began.
 * The copy is written under a temporary name and moved into place only when complete, readable only by the
 * owner (600).
 */
final class SqliteBackupRepository {

    private SqliteBackupRepository() {
    }

    static boolean isSqlite(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /** Copies the live database at {@code jdbcUrl} into {@code target} (which must not exist yet). */
    static void backup(String jdbcUrl, Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) throw new IllegalArgumentException(file + " already exists; choose a new file name");
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
                s.executeUpdate("backup to " + quoted(partial));
            }
            ownerOnly(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup to " + file + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup to " + file + " could not be written: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort: a stray .partial file is never listed as a backup
            }
        }
    }

    /**
     * Replaces the database at {@code jdbcUrl} with the backup in {@code source}, after checking that the source is
     * a whole Backroot database. Only while Backroot is stopped.
     */
    static void restore(String jdbcUrl, Path source) {
        Path file = source.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + " does not exist");
        check(file);
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.executeUpdate("restore from " + quoted(file));
        } catch (SQLException e) {
            throw new IllegalStateException("The restore from " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Refuses a file that is not an intact SQLite database with Backroot's schema in it. */
    static void check(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) throw new IllegalArgumentException(file + " is damaged: " + result);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('flyway_schema_history', 'app_user')")) {
                if (!rs.next() || rs.getInt(1) != 2) throw new IllegalArgumentException(file + " is not a Backroot database");
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(file + " is not a readable SQLite database: " + e.getMessage(), e);
        }
    }

    private static String quoted(Path file) {
        String text = file.toString();
        if (text.contains("'")) throw new IllegalArgumentException("The file name must not contain a quote: " + text);
        return "'" + text + "'";
    }

    static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwx------" : "rw-------"));
        }
    }
}
