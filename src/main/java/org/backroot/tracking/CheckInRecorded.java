package org.backroot.tracking;

import java.time.LocalDate;

/**
 * Published after a check-in was saved with new content (not for an identical repeat), once it is durable
 * and outside any transaction, so listeners use a plain {@code @EventListener}.
 *
 * @param flare for today's and yesterday's check-ins: true when the day is a flare by the one definition
 *              ({@link org.backroot.tracking.domain.FlareDetector}); for a day filled in later, the person's own mark
 */
public record CheckInRecorded(String userId, LocalDate date, int pain, boolean flare) {
}
