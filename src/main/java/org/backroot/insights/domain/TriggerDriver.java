package org.backroot.insights.domain;

import java.util.function.Function;

/**
 * A daily measure that may move a person's pain, with the exposure we test for it. Each exposure is a
 * yes/no condition on a day ("slept under 6 hours") so that a finding reads as one plain sentence
 * ("on days after you slept under 6 hours, your pain was about 2 points higher"). The cut-offs follow
 * common clinical thresholds (short sleep under 6 h, sitting over 6 h as in Suri 2018, 30 active minutes
 * as in activity guidelines) rather than being tuned to any one person, so the tests stay few and fixed.
 */
public enum TriggerDriver {
    SLEEP_HOURS("sleepHours", "slept under 6 hours", DayRecord::sleepHours, v -> v < 6.0),
    SLEEP_QUALITY("sleepQuality", "slept poorly (4 or less out of 10)", r -> asDouble(r.sleepQuality()), v -> v <= 4),
    STRESS("stress", "felt quite stressed (6 or more out of 10)", r -> asDouble(r.stress()), v -> v >= 6),
    SITTING_HOURS("sittingHours", "sat for more than 6 hours", DayRecord::sittingHours, v -> v > 6.0),
    ACTIVE_MINUTES("activeMinutes", "were active for 30 minutes or more", r -> asDouble(r.activeMinutes()), v -> v >= 30),
    STEPS("steps", "walked 8,000 steps or more", r -> asDouble(r.steps()), v -> v >= 8000),
    DIET_QUALITY("dietQuality", "ate less well (4 or less out of 10)", r -> asDouble(r.dietQuality()), v -> v <= 4),
    ALCOHOL_UNITS("alcoholUnits", "had 3 or more drinks of alcohol", DayRecord::alcoholUnits, v -> v >= 3.0);

    private final String key;
    private final String exposurePhrase;
    private final Function<DayRecord, Double> value;
    private final java.util.function.DoublePredicate exposed;

    TriggerDriver(String key, String exposurePhrase, Function<DayRecord, Double> value,
            java.util.function.DoublePredicate exposed) {
        this.key = key;
        this.exposurePhrase = exposurePhrase;
        this.value = value;
        this.exposed = exposed;
    }

    /** The check-in field name, as used in the API ("sleepHours"). */
    public String key() {
        return key;
    }

    /** What the person did, in the past tense after "you" ("slept under 6 hours"). */
    public String exposurePhrase() {
        return exposurePhrase;
    }

    /** The raw value logged that day, or null when not logged. */
    public Double valueOf(DayRecord day) {
        return value.apply(day);
    }

    /** Whether the exposure held that day; null when the measure was not logged. */
    public Boolean exposedOn(DayRecord day) {
        Double v = valueOf(day);
        return v == null ? null : exposed.test(v);
    }

    /** Whether a raw value counts as exposed. */
    public boolean isExposure(double rawValue) {
        return exposed.test(rawValue);
    }

    private static Double asDouble(Integer v) {
        return v == null ? null : v.doubleValue();
    }
}
