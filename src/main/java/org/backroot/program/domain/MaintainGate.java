package org.backroot.program.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the plan needs before it moves from strengthen to maintain: at least {@link #MIN_WEEKS} weeks of program and
 * an outcome that improved past its minimal important change (pain 2 points or 30 % lower, the PSFS activity score
 * up by its minimal important change, or a pain-free streak; clinical-facts D and I). Adherence alone never does it.
 *
 * @param programStart the first day of the person's first plan
 * @param improvement  a plain sentence naming the outcome that improved enough, or null when none has yet
 */
public record MaintainGate(LocalDate programStart, String improvement) {

    /** Weeks of program before maintain (typical trial programmes run 8-12 weeks, clinical-facts F). */
    public static final int MIN_WEEKS = 8;

    public MaintainGate {
        if (programStart == null) throw new IllegalArgumentException("programStart must be given");
        if (improvement != null && improvement.isBlank()) improvement = null;
    }

    /** Why maintain cannot start on {@code today}, or empty when it can. */
    public Optional<String> whyNot(LocalDate today) {
        LocalDate earliest = programStart.plusWeeks(MIN_WEEKS);
        if (today.isBefore(earliest)) {
            return Optional.of("Maintenance starts after at least " + MIN_WEEKS + " weeks of your program and once an outcome"
                    + " has clearly improved, so your plan stays in strengthen for now.");
        }
        if (improvement == null) {
            return Optional.of("Maintenance starts once an outcome has clearly improved: pain 2 points or 30 % lower than when"
                    + " you started, your activity scores clearly up, or a week with little or no pain. Until then your plan"
                    + " stays in strengthen, which keeps building.");
        }
        return Optional.empty();
    }
}
