package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The embedded database holds health data: only the account the app runs as may read it. */
class DataDirectoryPermissionsTest {

    private final Path root = Path.of("target", "test-data", "perm-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void theDataDirectoryIsCreated700AndTheDatabaseWithItsLogAndIndex600() throws Exception {
        assumeThat(root.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path dataDir = root.resolve("data");
        MockEnvironment env = new MockEnvironment().withProperty("backroot.data-dir", dataDir.toString());

        new EmbeddedDatabaseDefaults().postProcessEnvironment(env, new SpringApplication());
        try (Connection c = DriverManager.getConnection(env.getProperty("spring.datasource.url"));
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text TEXT)");
            s.execute("INSERT INTO note VALUES ('private')");
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            assertThat(permissions(dataDir.resolve("backroot.db"))).isEqualTo("rw-------");
            assertThat(permissions(dataDir.resolve("backroot.db-wal"))).isEqualTo("rw-------");
            assertThat(permissions(dataDir.resolve("backroot.db-shm"))).isEqualTo("rw-------");
        }
    }

    @Test
    void aDatabaseLeftReadableByOthersIsNarrowedTo600AtStart() throws Exception {
        assumeThat(root.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path dataDir = Files.createDirectories(root.resolve("old"));
        Path db = Files.createFile(dataDir.resolve("backroot.db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));

        EmbeddedDatabaseDefaults.prepareDatabaseFile(dataDir);

        assertThat(permissions(db)).isEqualTo("rw-------");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
