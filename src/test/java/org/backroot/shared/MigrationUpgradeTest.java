package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Released migrations never change, and a database at any earlier version upgrades to the newest one with its
 * people intact: for every version and both databases, migrate to it, add a person, then migrate to the end.
 */
class MigrationUpgradeTest {

    static Stream<Arguments> everyEarlierVersion() {
        List<String> versions = Arrays.stream(flyway(sqlite(), "sqlite", null).info().all())
                .map(i -> i.getVersion().getVersion()).distinct().toList();
        return Stream.of("sqlite", "postgresql").flatMap(vendor -> versions.subList(0, versions.size() - 1).stream()
                .map(version -> Arguments.of(vendor, version)));
    }

    @ParameterizedTest(name = "{0} from V{1}")
    @MethodSource("everyEarlierVersion")
    void upgradesFromEveryEarlierSchemaKeepingItsPeople(String vendor, String version) {
        DataSource ds = vendor.equals("sqlite") ? sqlite() : postgres();
        flyway(ds, vendor, version).migrate();
        Database db = new Database(vendor, JdbcClient.create(ds), ds);
        String ann = TestPeople.insert(db, "Ann");

        flyway(ds, vendor, null).migrate();

        MigrationInfo[] applied = flyway(ds, vendor, null).info().applied();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway(ds, vendor, null).info().pending()).isEmpty();
        assertThat(db.jdbc().sql("SELECT display_name FROM app_user WHERE id = :id").param("id", ann).query(String.class).single())
                .isEqualTo("Ann");
    }

    private static Flyway flyway(DataSource ds, String vendor, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (target != null) config.target(target);
        return config.load();
    }

    private static DataSource sqlite() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-data"));
            Path file = Files.createTempFile(dir, "upgrade-", ".db");
            return new SingleConnectionDataSource(EmbeddedDatabaseDefaults.sqliteUrl(file.toAbsolutePath()), true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DataSource postgres() {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabases.postgresUrl("upgrade_" + System.nanoTime()));
    }
}
