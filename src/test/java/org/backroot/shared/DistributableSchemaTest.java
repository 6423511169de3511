package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schema stays distributable by person on Citus (docs/scaling.md), read from PostgreSQL's catalogue after every
 * migration:
 * <ol>
 * <li>every person-owned table (one with a {@code user_id} column) has a primary key, and its primary key and every
 *     unique key lead with {@code user_id};</li>
 * <li>a foreign key between two person-owned tables includes {@code user_id} on both sides, and a person-owned table
 *     points at no other table than {@code app_user} (through {@code user_id}) and the shared catalogues;</li>
 * <li>every table without {@code user_id} is declared below as a shared catalogue (a Citus reference table) or as
 *     local to the coordinator, so a new table cannot slip in undecided.</li>
 * </ol>
 * {@link #KNOWN_VIOLATIONS} lists what breaks the rules today (nothing); it may only shrink: a new violation fails, and
 * so does an entry that is no longer a violation (remove it).
 */
class DistributableSchemaTest {

    /** Tables without user_id and what they become on Citus. */
    static final Map<String, String> NOT_PERSON_OWNED = Map.of(
            "app_user", "reference table: the directory of accounts (email unique across everyone), target of every user_id",
            "flyway_schema_history", "local to the coordinator",
            "spring_session", "local to the coordinator (sessions are looked up by session id, not by person)",
            "spring_session_attributes", "local to the coordinator, with spring_session",
            "sign_in_throttle", "local to the coordinator (keyed by a hashed email or a client address, before anyone is signed in)",
            "system_audit_log", "local to the coordinator (audit events about no account, such as a failed sign-in with an unknown email)");

    /**
     * Violations still to fix; none since V14 (every key leads with user_id, the audit log is keyed by person). It may
     * only shrink: a new violation fails, and so does an entry that is no longer a violation (remove it).
     */
    static final Set<String> KNOWN_VIOLATIONS = Set.of();

    private static Database db;

    @BeforeAll
    static void migrate() {
        db = TestDatabases.postgres();
    }

    @Test
    void noNewViolationOfTheDistributionRules() {
        assertThat(violations()).as("new violations of the Citus rules (see docs/scaling.md)").isSubsetOf(KNOWN_VIOLATIONS);
    }

    @Test
    void theKnownViolationsOnlyShrink() {
        assertThat(KNOWN_VIOLATIONS).as("fixed: remove these from KNOWN_VIOLATIONS").isSubsetOf(violations());
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        // Sanity: the catalogue queries see the tables that follow the rules as well as those that break them.
        assertThat(personOwnedTables()).contains("check_in", "practice_log", "lesson_progress", "exposure_log");
        assertThat(keys("p")).anySatisfy(k -> assertThat(k).isEqualTo(List.of("check_in", "user_id,day")));
        assertThat(keys("u")).anySatisfy(k -> assertThat(k).isEqualTo(List.of("practice_log", "user_id,idempotency_key")));
    }

    @Test
    void aTableBreakingEachRuleIsCaught() {
        // The allow-list is empty, so show that each rule still bites: tables that break them, created and rolled back.
        new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())).executeWithoutResult(tx -> {
            db.jdbc().sql("""
                    CREATE TABLE probe_item (id VARCHAR(36) PRIMARY KEY, user_id VARCHAR(36) NOT NULL REFERENCES app_user (id),
                                             code VARCHAR(10) UNIQUE)""").update();
            db.jdbc().sql("""
                    CREATE TABLE probe_log (user_id VARCHAR(36) NOT NULL, id VARCHAR(36) NOT NULL,
                                            item_id VARCHAR(36) REFERENCES probe_item (id), PRIMARY KEY (user_id, id))""").update();
            db.jdbc().sql("CREATE TABLE probe_catalogue (id VARCHAR(36) PRIMARY KEY)").update();
            db.jdbc().sql("CREATE TABLE probe_unkeyed (user_id VARCHAR(36) NOT NULL, note VARCHAR(10))").update();
            db.jdbc().sql("CREATE UNIQUE INDEX probe_log_item ON probe_log (item_id, user_id)").update();
            assertThat(violations()).containsExactlyInAnyOrder(
                    "probe_item: primary key (id) does not lead with user_id",
                    "probe_item: unique key (code) does not lead with user_id",
                    "probe_log: foreign key (item_id) -> probe_item (id) does not include user_id",
                    "probe_log: unique index (item_id,user_id) does not lead with user_id",
                    "probe_catalogue: no user_id and not declared as a shared catalogue or local table",
                    "probe_unkeyed: no primary key");
            tx.setRollbackOnly();
        });
        assertThat(violations()).isEmpty();
    }

    static Set<String> violations() {
        Set<String> owned = personOwnedTables();
        Set<String> found = new TreeSet<>();
        for (String table : allTables()) {
            if (!owned.contains(table) && !NOT_PERSON_OWNED.containsKey(table)) {
                found.add(table + ": no user_id and not declared as a shared catalogue or local table");
            }
        }
        Set<String> withPrimaryKey = new TreeSet<>();
        for (List<String> pk : keys("p")) {
            withPrimaryKey.add(pk.get(0));
            if (owned.contains(pk.get(0)) && !pk.get(1).startsWith("user_id")) {
                found.add(pk.get(0) + ": primary key (" + pk.get(1) + ") does not lead with user_id");
            }
        }
        for (String table : owned) if (!withPrimaryKey.contains(table)) found.add(table + ": no primary key");
        for (List<String> uk : keys("u")) {
            if (owned.contains(uk.get(0)) && !uk.get(1).startsWith("user_id")) {
                found.add(uk.get(0) + ": unique key (" + uk.get(1) + ") does not lead with user_id");
            }
        }
        for (List<String> ix : uniqueIndexesOutsideConstraints()) {
            if (owned.contains(ix.get(0)) && !ix.get(1).startsWith("user_id")) {
                found.add(ix.get(0) + ": unique index (" + ix.get(1) + ") does not lead with user_id");
            }
        }
        for (Map<String, Object> fk : foreignKeys()) {
            String table = (String) fk.get("tbl");
            String ref = (String) fk.get("ref_tbl");
            String cols = (String) fk.get("cols");
            String refCols = (String) fk.get("ref_cols");
            if (!owned.contains(table)) continue;
            boolean toPerson = ref.equals("app_user") && cols.equals("user_id") && refCols.equals("id");
            boolean toOwned = owned.contains(ref) && List.of(cols.split(",")).contains("user_id") && List.of(refCols.split(",")).contains("user_id");
            boolean toReference = NOT_PERSON_OWNED.getOrDefault(ref, "").startsWith("reference");
            if (!toPerson && !toOwned && !(toReference && !ref.equals("app_user"))) {
                found.add(table + ": foreign key (" + cols + ") -> " + ref + " (" + refCols + ") does not include user_id");
            }
        }
        return found;
    }

    private static Set<String> allTables() {
        return new TreeSet<>(db.jdbc().sql("""
                SELECT lower(table_name) FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""").query(String.class).list());
    }

    private static Set<String> personOwnedTables() {
        return new TreeSet<>(db.jdbc().sql("""
                SELECT lower(c.table_name) FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND lower(c.column_name) = 'user_id'""")
                .query(String.class).list());
    }

    /** [table, comma-separated columns in key order] for every constraint of this type ('p' primary, 'u' unique). */
    private static List<List<String>> keys(String type) {
        return db.jdbc().sql("""
                SELECT lower(c.relname) AS tbl,
                       (SELECT string_agg(lower(a.attname), ',' ORDER BY k.ord)
                          FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS cols
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND con.contype = :type""")
                .param("type", type).query((rs, i) -> List.of(rs.getString("tbl"), rs.getString("cols"))).list();
    }

    private static List<List<String>> uniqueIndexesOutsideConstraints() {
        return db.jdbc().sql("""
                SELECT lower(t.relname) AS tbl,
                       (SELECT string_agg(lower(a.attname), ',' ORDER BY k.ord)
                          FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                          JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum) AS cols
                FROM pg_index ix
                JOIN pg_class t ON t.oid = ix.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = current_schema() AND ix.indisunique
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid)""")
                .query((rs, i) -> List.of(rs.getString("tbl"), String.valueOf(rs.getString("cols")))).list();
    }

    private static List<Map<String, Object>> foreignKeys() {
        return new ArrayList<>(db.jdbc().sql("""
                SELECT lower(c.relname) AS tbl, lower(fc.relname) AS ref_tbl,
                       (SELECT string_agg(lower(a.attname), ',' ORDER BY k.ord)
                          FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS cols,
                       (SELECT string_agg(lower(a.attname), ',' ORDER BY k.ord)
                          FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS ref_cols
                FROM pg_constraint con
                JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_class fc ON fc.oid = con.confrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND con.contype = 'f'""").query().listOfRows());
    }
}
