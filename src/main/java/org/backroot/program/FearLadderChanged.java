package org.backroot.program;

/**
 * The person changed their fear ladder (added, reworded, re-rated, picked a kind of step for, or removed an item).
 * Published inside the change's transaction; {@link PlanAdaptation} brings the current plan up to date in the same
 * transaction, so a ladder change and the plan that reflects it are committed together.
 */
record FearLadderChanged(String userId) {
}
