package org.backroot.shared;

import java.time.Duration;

/**
 * A write could not be committed in time because the database is overloaded or stuck. When
 * {@link #mayHaveBeenSaved()} is false the write was dropped before it ran; otherwise it was already in a
 * batch being committed and its outcome is unknown. Either way an idempotent retry is safe.
 */
public class GroupCommitTimeoutException extends RuntimeException {

    private final boolean mayHaveBeenSaved;

    public GroupCommitTimeoutException(boolean mayHaveBeenSaved, Duration timeout) {
        super(mayHaveBeenSaved
                ? "The database took longer than " + timeout.toMillis() + " ms to confirm this write; it may or may not have been saved. Please try again."
                : "The database is too busy right now (waited " + timeout.toMillis() + " ms); nothing was saved. Please try again.");
        this.mayHaveBeenSaved = mayHaveBeenSaved;
    }

    public boolean mayHaveBeenSaved() {
        return mayHaveBeenSaved;
    }
}
