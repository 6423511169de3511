package org.backroot.program;

import java.time.Instant;

import org.backroot.program.domain.ExposureLog;

/** One logged fear-ladder exposure with the words of the item it belonged to. */
public record StoredExposure(String id, String userId, String activity, ExposureLog log, Instant recordedAt) {
}
