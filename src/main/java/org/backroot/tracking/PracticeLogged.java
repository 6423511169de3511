package org.backroot.tracking;

import java.time.LocalDate;

/**
 * Published after a new practice entry is durable (not for an idempotent retry), outside any transaction,
 * so listeners use a plain {@code @EventListener}.
 */
public record PracticeLogged(String userId, LocalDate date, String activityId) {
}
