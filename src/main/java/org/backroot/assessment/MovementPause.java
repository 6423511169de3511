package org.backroot.assessment;

/**
 * Whether physical self-tests are paused for a person's safety (an open urgent or emergency red flag, or no
 * screen yet). Implemented by the safety module, so assessment never depends on safety.
 */
public interface MovementPause {

    boolean paused(String userId);
}
