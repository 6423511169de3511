package org.backroot.program;

import java.time.Instant;

import org.backroot.program.domain.FlarePlan;

/** A person's flare plan as saved, with when they last changed it. */
public record StoredFlarePlan(FlarePlan plan, Instant updatedAt) {
}
