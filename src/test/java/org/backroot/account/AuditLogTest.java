package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Audit events about a person are that person's rows (keyed by them, exported and erased with them); the rest are not. */
class AuditLogTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void eventsAboutAPersonAreTheirsAndGoWithTheirAccountWhatTheyReadOfOthersStaysInTheOthersLog(Database db) {
        var audit = new AuditLog(db.jdbc(), Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC));
        var data = new PersonalDataRepository(db.jdbc(), db.dataSource());
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");

        audit.record(ann, ann, "token-issued", "laptop");
        audit.record(ann, bob, "read-check-ins", "shared with Ann");
        audit.record(null, bob, "sign-in-failed", "from 10.0.0.1");
        audit.record(null, null, "sign-in-failed", "from 10.0.0.2, no such account");

        assertThat(data.personalTables()).contains("audit_log").doesNotContain("system_audit_log");
        assertThat(data.rows("audit_log", ann)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("action", "token-issued").containsEntry("at", "2026-12-01T09:00:00.000Z"));
        assertThat(actions(db, "SELECT action FROM system_audit_log")).containsExactly("sign-in-failed");

        data.deleteAccount(ann, "ann@example.org");

        assertThat(actions(db, "SELECT action FROM audit_log WHERE user_id = '" + ann + "'")).isEmpty();
        assertThat(actions(db, "SELECT action FROM audit_log WHERE user_id = '" + bob + "'"))
                .as("what Ann read of Bob stays in Bob's access log").containsExactlyInAnyOrder("read-check-ins", "sign-in-failed");
        assertThat(actions(db, "SELECT action FROM system_audit_log")).containsExactly("sign-in-failed");
    }

    private static List<String> actions(Database db, String sql) {
        return db.jdbc().sql(sql).query(String.class).list();
    }
}
