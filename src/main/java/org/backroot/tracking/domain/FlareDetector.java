package org.backroot.tracking.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Says whether a day is a flare: the person marked it as one, or their pain was at least
 * {@link FlareThresholds#painRise()} points above their personal {@link Baseline}. Both are kept
 * because they often disagree: in daily-diary research most self-reported flare days did not show
 * above-usual pain, and many above-usual days were not called flares (Costa et al. 2021).
 * Pure and deterministic.
 */
public final class FlareDetector {

    /** Guards against 4.999999 versus 5 when a mean of whole numbers is compared. */
    private static final double EPSILON = 1e-9;

    private final FlareThresholds thresholds;

    public FlareDetector(FlareThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public FlareDetector() {
        this(FlareThresholds.defaults());
    }

    public FlareThresholds thresholds() {
        return thresholds;
    }

    /** Assesses {@code day} against the baseline built from {@code history} (check-ins after the day are ignored). */
    public FlareCall assess(CheckIn day, Collection<CheckIn> history) {
        return assess(day, Baseline.before(day.date(), history, thresholds));
    }

    /** Assesses {@code day} against an already computed baseline (empty when there was too little data). */
    public FlareCall assess(CheckIn day, Optional<Baseline> baseline) {
        Baseline base = baseline.orElse(null);
        Set<FlareCause> causes = EnumSet.noneOf(FlareCause.class);
        if (day.flare()) causes.add(FlareCause.REPORTED);
        if (base != null && aboveBaseline(day.pain(), base)) causes.add(FlareCause.PAIN_ABOVE_BASELINE);
        return new FlareCall(day.date(), day.pain(), causes, base, explain(day, causes, base));
    }

    /** True when {@code pain} is at least the configured rise above {@code baseline}. */
    public boolean aboveBaseline(int pain, Baseline baseline) {
        return pain >= baseline.pain() + thresholds.painRise() - EPSILON;
    }

    /** Assesses every check-in against the ones before it, in date order. */
    public List<FlareCall> assessAll(Collection<CheckIn> checkIns) {
        List<CheckIn> sorted = new ArrayList<>(checkIns);
        sorted.sort(Comparator.comparing(CheckIn::date));
        List<FlareCall> calls = new ArrayList<>(sorted.size());
        for (CheckIn day : sorted) calls.add(assess(day, sorted));
        return calls;
    }

    private String explain(CheckIn day, Set<FlareCause> causes, Baseline base) {
        String pain = "your pain (" + day.pain() + "/10)";
        String rise = Numbers.oneDecimal(thresholds.painRise());
        if (base == null) {
            String known = "Your usual pain level shows once you have checked in on " + thresholds.minBaselineDays()
                    + " of " + thresholds.baselineDays() + " days.";
            return (day.flare() ? "You marked this day as a flare. " : "You did not mark this day as a flare. ") + known;
        }
        long windowDays = base.to().toEpochDay() - base.from().toEpochDay() + 1;
        String usual = "your usual level (about " + base.painText() + "/10 over the " + windowDays + " days before)";
        boolean reported = causes.contains(FlareCause.REPORTED);
        boolean high = causes.contains(FlareCause.PAIN_ABOVE_BASELINE);
        if (reported && high) {
            return "You marked this day as a flare, and " + pain + " was " + rise + " or more points above " + usual + ".";
        }
        if (high) return capitalise(pain) + " was " + rise + " or more points above " + usual + ".";
        if (reported) {
            return "You marked this day as a flare, though " + pain + " was less than " + rise + " points above " + usual
                    + ". A flare is about more than the pain number, so your word counts.";
        }
        return capitalise(pain) + " was less than " + rise + " points above " + usual + ".";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
