package org.backroot.profile;

/**
 * Whether a person already has a plan, so the profile offers "Make my plan" only before the first one. Implemented by
 * the program module (which builds plans from the profile), so the profile needs no knowledge of plans.
 */
public interface PlanPresence {

    boolean hasPlan(String userId);
}
