package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The flare definition's answer for one day.
 *
 * @param date        the day
 * @param pain        that day's pain 0-10
 * @param verdict     a flare, a question to ask the person, or neither
 * @param causes      what the verdict rests on (may hold {@link FlareCause#PAIN_ABOVE_BASELINE} without a flare)
 * @param baseline    the personal baseline it was compared with, or null when there was too little data
 * @param explanation plain words for the person
 */
public record FlareCall(LocalDate date, int pain, Verdict verdict, Set<FlareCause> causes, Baseline baseline, String explanation) {

    /** FLARE: the day is a flare. ASK: pain is raised on this day only; ask "Is this a flare?". NONE: neither. */
    public enum Verdict { FLARE, ASK, NONE }

    public FlareCall {
        if (date == null) throw new IllegalArgumentException("date must be a date");
        if (verdict == null) throw new IllegalArgumentException("verdict must be given");
        if (causes == null) throw new IllegalArgumentException("causes must not be null");
        causes = causes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(causes));
        if (explanation == null || explanation.isBlank()) throw new IllegalArgumentException("explanation must not be blank");
    }

    /** True when the day is a flare. */
    public boolean flare() {
        return verdict == Verdict.FLARE;
    }

    /** True when Backroot should ask the person whether this day is a flare. */
    public boolean asks() {
        return verdict == Verdict.ASK;
    }

    public Optional<Baseline> baselineIfKnown() {
        return Optional.ofNullable(baseline);
    }
}
