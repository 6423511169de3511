package org.backroot.program;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether the person's outcomes improved past their minimal important change since the program began: the port
 * through which the program asks, without reaching into the module that owns outcome changes (insights reads the
 * program, so it provides the bean). Used to decide when strengthen may move to maintain.
 */
public interface ProgramOutcomes {

    /**
     * @param programStart the first day of the person's first plan
     * @param today        the person's own date
     * @return one plain sentence naming the outcome that improved enough, or empty when none has
     */
    Optional<String> improvement(String userId, LocalDate programStart, LocalDate today);
}
