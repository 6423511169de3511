package org.backroot.tracking;

import java.time.LocalDate;

import org.backroot.shared.DurableEvent;

/**
 * Recorded with a new practice entry (not for an idempotent retry), in the same transaction, and delivered after
 * the commit to plain {@code @EventListener}s, again until they all succeed ({@link DurableEvent}).
 *
 * @param practiceId the entry's id: what a listener keys its idempotency on
 */
public record PracticeLogged(String userId, String practiceId, LocalDate date, String activityId) implements DurableEvent {
}
