package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.backroot.program.domain.ExposureTheme;
import org.backroot.program.domain.FearLadderItem;
import org.backroot.shared.EmbeddedDatabaseDefaults;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** V7 on a database with fear-ladder data from before it: old items and exposures read as they were meant. */
class FearLadderMigrationTest {

    static Stream<String> vendors() {
        return Stream.of("sqlite", "postgresql");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void itemsAndExposuresFromBeforeV7KeepTheirMeaning(String vendor) throws Exception {
        DataSource ds = dataSource(vendor);
        flyway(ds, vendor, "6").migrate();
        Database db = new Database(vendor, JdbcClient.create(ds), ds);
        String ann = TestPeople.insert(db, "Ann");
        db.jdbc().sql("INSERT INTO fear_ladder_item (id, user_id, activity, fear, successes, last_fear, created_at) VALUES "
                + "('shoes', :u, 'Bending to tie my shoes', 50, 2, 30, '2026-11-01T10:00:00.000Z'), "
                + "('car', :u, 'Carrying a bag to the car', 60, 0, NULL, '2026-11-01T10:00:01.000Z')").param("u", ann).update();
        db.jdbc().sql("INSERT INTO exposure_log (id, user_id, item_id, on_date, expected_pain, actual_pain, fear_before, fear_after, recorded_at)"
                + " VALUES ('e1', :u, 'shoes', '2026-11-02', 6, 3, 50, 30, '2026-11-02T18:00:00.000Z')").param("u", ann).update();

        flyway(ds, vendor, null).migrate();

        FearLadderRepository repo = new FearLadderRepository(JdbcClient.create(ds));
        List<FearLadderItem> items = repo.list(ann).stream().map(StoredFearItem::item).toList();
        assertThat(items.get(0)).satisfies(i -> {
            assertThat(i.successes()).isEqualTo(2);
            assertThat(i.advances()).isZero();
            assertThat(i.template()).isEqualTo(ExposureTheme.BEND);
            assertThat(i.mastered()).isTrue();
        });
        assertThat(items.get(1).needsTemplateChoice()).isTrue();
        assertThat(repo.exposures(ann)).singleElement().satisfies(e -> {
            assertThat(e.log().date()).isEqualTo(LocalDate.parse("2026-11-02"));
            assertThat(e.log().harmHappened()).isNull();
            assertThat(e.log().wentWell()).isTrue();
            assertThat(e.log().gapText()).startsWith("You expected 6, it was 3.");
        });
        assertThat(repo.pending(ann)).isEmpty();
    }

    private static Flyway flyway(DataSource ds, String vendor, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (target != null) config.target(target);
        return config.load();
    }

    private static DataSource dataSource(String vendor) throws Exception {
        if (vendor.equals("sqlite")) {
            Path dir = Files.createDirectories(Path.of("target", "test-data"));
            Path file = Files.createTempFile(dir, "migrate-", ".db");
            return new SingleConnectionDataSource(EmbeddedDatabaseDefaults.sqliteUrl(file.toAbsolutePath()), true);
        }
        String url = TestDatabases.postgresUrl("migrate_v7_" + System.nanoTime());
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url);
    }
}
