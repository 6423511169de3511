package org.backroot.tracking;

import java.time.LocalDate;

import org.backroot.shared.DurableEvent;

/**
 * Recorded with a check-in saved with new content (not for an identical repeat), in the same transaction, and
 * delivered after the commit to plain {@code @EventListener}s, again until they all succeed ({@link DurableEvent}).
 *
 * @param flare for today's and yesterday's check-ins: true when the day is a flare by the one definition
 *              ({@link org.backroot.tracking.domain.FlareDetector}); for a day filled in later, the person's own mark
 */
public record CheckInRecorded(String userId, LocalDate date, int pain, boolean flare) implements DurableEvent {
}
