package org.backroot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.backroot.shared.EmbeddedDatabaseDefaults;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Migrated databases for repository tests: a fresh SQLite file, and a fresh schema in one embedded
 * PostgreSQL 17 server shared by the whole test run. Repository tests take {@link #both()} as a
 * parameter source so every query is proven on both vendors.
 */
public final class TestDatabases {

    public record Database(String vendor, JdbcClient jdbc, DataSource dataSource) {
        @Override
        public String toString() {
            return vendor;
        }
    }

    private static EmbeddedPostgres postgres;
    private static int schemaCounter;

    private TestDatabases() {
    }

    public static Stream<Database> both() {
        return Stream.of(sqlite(), postgres());
    }

    public static Database sqlite() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-data"));
            Path file = Files.createTempFile(dir, "repo-", ".db");
            SingleConnectionDataSource ds = new SingleConnectionDataSource(EmbeddedDatabaseDefaults.sqliteUrl(file.toAbsolutePath()), true);
            migrate(ds, "sqlite");
            return new Database("sqlite", JdbcClient.create(ds), ds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized Database postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
            }
            String schema = "test_" + (++schemaCounter);
            JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE SCHEMA " + schema).update();
            String url = postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
            DataSource ds = new SimpleDriverDataSource(new org.postgresql.Driver(), url);
            migrate(ds, "postgresql");
            return new Database("postgresql", JdbcClient.create(ds), ds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JDBC URL of the shared embedded PostgreSQL server (started on first use), for full-application tests. */
    /**
     * Points a whole-application test at its own schema on the embedded PostgreSQL: for the API and page tests that
     * run on both databases. The pool has room for Flyway's lock connection next to the one that migrates.
     */
    public static void useEmbeddedPostgres(org.springframework.test.context.DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> postgresUrl(schema));
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 5);
    }

    public static synchronized String postgresUrl(String schema) {
        postgres();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("CREATE SCHEMA IF NOT EXISTS " + schema).update();
        return postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=" + schema;
    }

    private static void migrate(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the server's temp folder goes with the build directory
        }
    }
}
