package org.backroot.account;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Everything stored about one person, found by the rule every personal table follows: it has a
 * {@code user_id} column. Tables are discovered from the database itself, so a table added by a
 * later migration is exported and deleted without anyone remembering to list it here.
 */
@Repository
class PersonalDataRepository {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    PersonalDataRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Names of the tables that hold personal rows, sorted. */
    List<String> personalTables() {
        return tablesWithColumn("user_id");
    }

    private List<String> tablesWithColumn(String column) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            TreeSet<String> tables = new TreeSet<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (hasColumn(meta, connection.getSchema(), rs.getString("TABLE_NAME"), column)) tables.add(table);
                }
            }
            return new ArrayList<>(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's table list", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** All rows of one personal table for this person, columns in table order. */
    List<Map<String, Object>> rows(String table, String userId) {
        requireSafeName(table);
        return jdbc.sql("SELECT * FROM " + table + " WHERE user_id = :user").param("user", userId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    return row;
                }).list();
    }

    /**
     * Deletes the account; every personal table cascades from app_user, the audit rows about the person with them (rows in
     * other people's records that name the account are handled by their modules, see {@link AccountDeleting}). What the account read of
     * other people stays in those people's access logs (it is their record of who saw their data), naming an account
     * that no longer exists; the account's events about no account go.
     */
    void deleteAccount(String userId, String email) {
        jdbc.sql("DELETE FROM system_audit_log WHERE actor_id = :user").param("user", userId).update();
        jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email").param("email", email).update();
        jdbc.sql("DELETE FROM app_user WHERE id = :user").param("user", userId).update();
    }

    /**
     * On SQLite, copies the write-ahead log into the database file and truncates it to zero bytes, so rows just
     * deleted (overwritten by {@code secure_delete}) leave no older copy behind in the {@code -wal} file. Must run
     * outside a transaction; answers whether the log was emptied. Nothing to do on PostgreSQL.
     */
    boolean checkpointLog() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!"SQLite".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) return true;
            try (var statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                // busy flag, frames in the log, frames checkpointed: busy = 0 means the log was emptied
                return rs.next() && rs.getInt(1) == 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot checkpoint the database log", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static boolean hasColumn(DatabaseMetaData meta, String schema, String table, String column) throws SQLException {
        try (ResultSet columns = meta.getColumns(null, schema, table, "%")) {
            while (columns.next()) {
                if (column.equalsIgnoreCase(columns.getString("COLUMN_NAME"))) return true;
            }
        }
        return false;
    }

    private static void requireSafeName(String table) {
        if (!table.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a table name: " + table);
    }
}
