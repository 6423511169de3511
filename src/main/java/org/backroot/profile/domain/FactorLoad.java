package org.backroot.profile.domain;

import java.util.List;

/**
 * One factor in a profile.
 *
 * @param id      factor id (movement, stress, posture, inflammation, fear, breathing)
 * @param label   short heading
 * @param load    0-100, or null when there is no data (never 0 for "unknown")
 * @param level   the band of {@code load}; unknown exactly when load is null
 * @param drivers the strongest contributors, strongest first (may be empty)
 * @param summary one or two warm sentences about likely contributors; never a diagnosis
 * @param firstLook true when the questionnaire side rests only on the short screen of the first visit: a load with
 *                less confidence until the full check is answered
 */
public record FactorLoad(String id, String label, Integer load, FactorLevel level, List<Driver> drivers, String summary, boolean firstLook) {

    public FactorLoad(String id, String label, Integer load, FactorLevel level, List<Driver> drivers, String summary) {
        this(id, label, load, level, drivers, summary, false);
    }

    public FactorLoad {
        if (Factor.byId(id).isEmpty()) throw new IllegalArgumentException("id must be a factor id (was " + id + ")");
        if (label == null || label.isBlank()) throw new IllegalArgumentException("label must not be blank");
        if (load != null && (load < 0 || load > 100)) throw new IllegalArgumentException("load must be between 0 and 100 or null");
        if (level != FactorLevel.of(load)) throw new IllegalArgumentException("level must match load (" + load + " is " + FactorLevel.of(load).code() + ")");
        if (drivers == null) throw new IllegalArgumentException("drivers must not be null (use an empty list)");
        drivers = List.copyOf(drivers);
        if (summary == null || summary.isBlank()) throw new IllegalArgumentException("summary must not be blank");
        if (firstLook && load == null) throw new IllegalArgumentException("a first-look factor has a load (the short screen was answered)");
    }
}
