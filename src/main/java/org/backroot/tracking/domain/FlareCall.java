package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The flare detector's answer for one day.
 *
 * @param date        the day
 * @param pain        that day's pain 0-10
 * @param causes      why it is a flare; empty when it is not
 * @param baseline    the personal baseline it was compared with, or null when there was too little data
 * @param explanation plain words for the person, e.g. "Your pain (7/10) is 2 or more points above your usual level ..."
 */
public record FlareCall(LocalDate date, int pain, Set<FlareCause> causes, Baseline baseline, String explanation) {

    public FlareCall {
        if (date == null) throw new IllegalArgumentException("date must be a date");
        if (causes == null) throw new IllegalArgumentException("causes must not be null");
        causes = causes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(causes));
        if (explanation == null || explanation.isBlank()) throw new IllegalArgumentException("explanation must not be blank");
    }

    /** True when the day is a flare for any reason. */
    public boolean flare() {
        return !causes.isEmpty();
    }

    public Optional<Baseline> baselineIfKnown() {
        return Optional.ofNullable(baseline);
    }
}
