package org.backroot.backup;

import org.backroot.shared.ConflictException;

/** Backroot runs on PostgreSQL, whose backups are made with its own tools. */
class BackupUnavailableException extends ConflictException {

    static final String DETAIL = "Backroot runs on PostgreSQL here. Back it up with PostgreSQL's own tools: "
            + "pg_dump --format=custom --file=backroot.dump <database>, and restore with pg_restore (see the README, Backups).";

    BackupUnavailableException() {
        super("Backups are made with pg_dump", DETAIL);
    }
}
