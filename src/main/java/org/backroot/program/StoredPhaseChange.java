package org.backroot.program;

import java.time.Instant;

import org.backroot.program.domain.PhaseChange;

/** A recorded switch of phase with its cause, as shown to the person. */
public record StoredPhaseChange(String id, String userId, PhaseChange change, Instant recordedAt) {
}
