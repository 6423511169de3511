package org.backroot.safety;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reason, owned by another module, to ask the red-flag screen again: a new episode or recurrence
 * (insights), a calm phase past 14 days or a plan about to reach level 4 for the first time (program).
 * Safety owns the decision and the 3-monthly interval; each module that knows one of these moments
 * contributes a bean of this type, so safety never reaches into the modules that depend on it.
 */
public interface RescreenSignal {

    /**
     * Why the person should answer the red-flag screen again, if they should, considering only what has
     * happened since {@code lastScreenedOn} (their last completed screen, in their time zone).
     *
     * @param today the person's own date
     * @return a moment that calls for a new screen, or empty
     */
    Optional<RescreenReason> reason(String userId, LocalDate lastScreenedOn, LocalDate today);

    /**
     * @param code    stable machine name: new-episode, recurrence, long-calm, level-4, three-months
     * @param since   the day the moment began (for example the first day of the calm phase)
     * @param message one plain sentence for the person
     */
    record RescreenReason(String code, LocalDate since, String message) {
        public RescreenReason {
            if (code == null || code.isBlank()) throw new IllegalArgumentException("code must not be blank");
            if (since == null) throw new IllegalArgumentException("since must not be null");
            if (message == null || message.isBlank()) throw new IllegalArgumentException("message must not be blank");
        }
    }
}
