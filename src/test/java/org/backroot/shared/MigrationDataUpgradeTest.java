package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database holding data at any earlier schema version upgrades to the newest with that data intact: for every
 * version and both databases, migrate to it, put a row in every person-owned table that exists then (found from the
 * schema itself, so tables added by later migrations are covered without editing this test), migrate to the end, and
 * find every row with every column it had.
 */
class MigrationDataUpgradeTest {

    static Stream<Arguments> everyEarlierVersion() {
        List<String> versions = Arrays.stream(flyway(sqlite(), "sqlite", null).info().all())
                .map(i -> i.getVersion().getVersion()).distinct().toList();
        return Stream.of("sqlite", "postgresql").flatMap(vendor -> versions.subList(0, versions.size() - 1).stream()
                .map(version -> Arguments.of(vendor, version)));
    }

    @ParameterizedTest(name = "{0} from V{1}")
    @MethodSource("everyEarlierVersion")
    void upgradesFromEveryEarlierSchemaKeepingEveryPersonOwnedRow(String vendor, String version) throws SQLException {
        DataSource ds = vendor.equals("sqlite") ? sqlite() : postgres();
        flyway(ds, vendor, version).migrate();
        Database db = new Database(vendor, JdbcClient.create(ds), ds);
        String ann = TestPeople.insert(db, "Ann");
        List<String> tables = personOwnedTablesInDependencyOrder(ds);
        assertThat(tables).contains("instrument_response", "self_test");
        System.out.println(vendor + " V" + version + " person-owned tables: " + tables);
        for (String table : tables) insertRow(ds, table, ann);
        Map<String, List<Map<String, Object>>> before = rowsOf(db, tables, ann);

        flyway(ds, vendor, null).migrate();

        Map<String, List<Map<String, Object>>> after = rowsOf(db, tables, ann);
        for (String table : tables) {
            assertThat(before.get(table)).as(table).hasSize(1);
            assertThat(after.get(table)).as(table).hasSize(1);
            Map<String, Object> now = after.get(table).get(0);
            before.get(table).get(0).forEach((column, value) ->
                    assertThat(now.get(column)).as(table + "." + column).isEqualTo(value));
        }
    }

    /**
     * V14 keys every person-owned table by (user_id, id), on SQLite by rebuilding the tables: the rows come through
     * unchanged, the audit log's person events move to user_id and its events about no account to system_audit_log,
     * and deleting an account or a fear-ladder step still deletes what hangs off it, now by person.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void keysLeadingWithThePersonKeepEveryRowAndEveryCascade(String vendor) throws SQLException {
        DataSource ds = vendor.equals("sqlite") ? sqlite() : postgres();
        flyway(ds, vendor, "13").migrate();
        Database db = new Database(vendor, JdbcClient.create(ds), ds);
        JdbcClient jdbc = db.jdbc();
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        List<String> tables = personOwnedTablesInDependencyOrder(ds);
        for (String table : tables) insertRow(ds, table, ann);
        jdbc.sql("UPDATE access_token SET token_hash = 'anns-hash' WHERE user_id = ?").param(ann).update(); // unique before V14
        for (String table : tables) insertRow(ds, table, bob);
        String audit = "INSERT INTO audit_log (id, actor_id, subject_user_id, action, detail, at) VALUES (?, ?, ?, ?, ?, ?)";
        jdbc.sql(audit).params("a-1", ann, ann, "token-issued", "laptop", "2026-11-01T08:00:00.000Z").update();
        jdbc.sql(audit).params("a-2", null, bob, "sign-in-failed", "from 10.0.0.1", "2026-11-02T08:00:00.000Z").update();
        jdbc.sql(audit).params("a-3", null, null, "sign-in-failed", "from 10.0.0.2, no such account", "2026-11-03T08:00:00.000Z").update();
        jdbc.sql(audit).params("a-4", null, "someone-long-gone", "sign-in-failed", "from 10.0.0.3", "2026-11-04T08:00:00.000Z").update();
        Map<String, List<Map<String, Object>>> annBefore = rowsOf(db, tables, ann);

        flyway(ds, vendor, null).migrate();

        assertThat(rowsOf(db, tables, ann)).as("every rebuilt row, every column").isEqualTo(annBefore);
        assertThat(jdbc.sql("SELECT id, actor_id, user_id, action, detail, at FROM audit_log ORDER BY id").query().listOfRows())
                .containsExactly(
                        row("a-1", ann, ann, "token-issued", "laptop", "2026-11-01T08:00:00.000Z"),
                        row("a-2", null, bob, "sign-in-failed", "from 10.0.0.1", "2026-11-02T08:00:00.000Z"));
        assertThat(jdbc.sql("SELECT id, actor_id, action, detail, at FROM system_audit_log").query().listOfRows())
                .containsExactly(row("a-3", null, null, "sign-in-failed", "from 10.0.0.2, no such account", "2026-11-03T08:00:00.000Z"));

        // A step of Bob's ladder cannot be logged under Ann: the foreign key now carries the person.
        String bobsItem = jdbc.sql("SELECT id FROM fear_ladder_item WHERE user_id = ?").param(bob).query(String.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO exposure_pending (id, user_id, item_id, on_date, recorded_at)
                VALUES ('p-x', ?, ?, '2026-11-05', '2026-11-05T08:00:00.000Z')""").params(ann, bobsItem).update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("foreign key"));

        // Removing a step removes its logs; removing an account removes everything of the person, audit rows included.
        jdbc.sql("DELETE FROM fear_ladder_item WHERE user_id = ? AND id = ?").params(bob, bobsItem).update();
        for (String child : List.of("exposure_log", "exposure_pending")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + child + " WHERE user_id = ?").param(bob).query(Integer.class).single()).as(child).isZero();
        }
        jdbc.sql("DELETE FROM app_user WHERE id = ?").param(ann).update();
        List<String> tablesNow = personOwnedTablesInDependencyOrder(ds);
        assertThat(tablesNow).contains("audit_log", "access_token", "exposure_log");
        for (String table : tablesNow) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE user_id = ?").param(ann).query(Integer.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE user_id = ?").param(bob).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM access_token WHERE user_id = ?").param(bob).query(Integer.class).single()).isEqualTo(1);
    }

    private static Map<String, Object> row(String id, String actor, String user, String action, String detail, String at) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("actor_id", actor);
        if (user != null) row.put("user_id", user);
        row.put("action", action);
        row.put("detail", detail);
        row.put("at", at);
        return row;
    }

    /** Tables with a user_id column, parents before the tables whose foreign keys point at them. */
    static List<String> personOwnedTablesInDependencyOrder(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> owned = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase();
                    if (columns(c, table).containsKey("user_id")) owned.add(table);
                }
            }
            List<String> ordered = new ArrayList<>();
            while (ordered.size() < owned.size()) {
                for (String table : owned) {
                    if (ordered.contains(table)) continue;
                    boolean parentsFirst = parents(c, table).values().stream().allMatch(p -> p.equals("app_user") || ordered.contains(p));
                    if (parentsFirst) ordered.add(table);
                }
            }
            return ordered;
        }
    }

    private static void insertRow(DataSource ds, String table, String userId) throws SQLException {
        try (Connection c = ds.getConnection()) {
            Map<String, Integer> columns = columns(c, table);
            Map<String, String> parents = parents(c, table);
            Map<String, Object> values = new LinkedHashMap<>();
            for (var column : columns.entrySet()) {
                String name = column.getKey();
                if (name.equals("user_id")) values.put(name, userId);
                else if (parents.containsKey(name)) {
                    values.put(name, JdbcClient.create(ds).sql("SELECT id FROM " + parents.get(name) + " WHERE user_id = :u")
                            .param("u", userId).query(String.class).single());
                } else if (name.equals("id")) values.put(name, Ids.newId());
                else values.put(name, sample(column.getValue(), name));
            }
            var sql = JdbcClient.create(ds).sql("INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                    + String.join(", ", values.keySet().stream().map(k -> ":" + k).toList()) + ")");
            for (var v : values.entrySet()) sql = sql.param(v.getKey(), v.getValue());
            sql.update();
        }
    }

    private static Object sample(int jdbcType, String column) {
        return switch (jdbcType) {
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> 3;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> 2.5;
            case Types.BOOLEAN, Types.BIT -> true;
            default -> column.length() > 8 ? column.substring(0, 8) : column;
        };
    }

    private static Map<String, Integer> columns(Connection c, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
            while (rs.next()) columns.put(rs.getString("COLUMN_NAME").toLowerCase(), rs.getInt("DATA_TYPE"));
        }
        return columns;
    }

    /** Foreign-key column → referenced table. */
    private static Map<String, String> parents(Connection c, String table) throws SQLException {
        Map<String, String> parents = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
            while (rs.next()) {
                String column = rs.getString("FKCOLUMN_NAME").toLowerCase();
                if (!column.equals("user_id")) parents.put(column, rs.getString("PKTABLE_NAME").toLowerCase());
                else parents.putIfAbsent("\0user", "app_user");
            }
        }
        parents.remove("\0user");
        return parents;
    }

    private static Map<String, List<Map<String, Object>>> rowsOf(Database db, List<String> tables, String userId) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, db.jdbc().sql("SELECT * FROM " + table + " WHERE user_id = :u").param("u", userId).query().listOfRows());
        }
        return rows;
    }

    private static Flyway flyway(DataSource ds, String vendor, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (target != null) config.target(target);
        return config.load();
    }

    private static DataSource sqlite() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-data"));
            Path file = Files.createTempFile(dir, "upgrade-data-", ".db");
            return new SingleConnectionDataSource(EmbeddedDatabaseDefaults.sqliteUrl(file.toAbsolutePath()), true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DataSource postgres() {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), TestDatabases.postgresUrl("upgrade_data_" + System.nanoTime()));
    }
}
