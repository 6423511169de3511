package org.backroot.testing;

import java.util.UUID;

import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases.Database;

/**
 * People as bare {@code app_user} rows, for repository tests outside the account package: personal
 * tables reference app_user, and AccountRepository is package-private.
 */
public final class TestPeople {

    private TestPeople() {
    }

    /** Inserts a person and answers their id. */
    public static String insert(Database db, String displayName) {
        String id = Ids.newId();
        db.jdbc().sql("INSERT INTO app_user (id, email, password_hash, display_name, roles, created_at) "
                        + "VALUES (:id, :email, 'h', :name, 'PERSON', '2026-11-01T10:00:00.000Z')")
                .param("id", id).param("email", displayName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org")
                .param("name", displayName).update();
        return id;
    }
}
