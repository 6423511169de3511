package org.backroot.tracking;

import java.time.Instant;

import org.backroot.tracking.domain.PracticeEntry;

/** A stored practice entry: its id, what was logged, and when it was recorded. */
public record LoggedPractice(String id, PracticeEntry entry, Instant recordedAt) {
}
