package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Backroot's one definition of a flare. Charts, plan switches, episodes and the flare risk all ask it.
 * <ul>
 *   <li>A day is a <b>flare</b> when the person says so: marked in the check-in, or "yes" to "Is this a
 *       flare?" ({@link FlareCause#REPORTED}, {@link FlareCause#CONFIRMED}).</li>
 *   <li>A day is also a flare when pain has been at least {@link FlareThresholds#painRise()} points above the
 *       personal {@link Baseline} on {@link FlareThresholds#sustainedDays()} days in a row, each with a check-in
 *       ({@link FlareCause#SUSTAINED_PAIN}). The baseline is the one before the first of those days.</li>
 *   <li>A single raised day is a <b>question</b> ({@link FlareCall.Verdict#ASK}), not a verdict: pain-defined and
 *       self-reported flares disagree often (Costa et al. 2021), so Backroot asks.</li>
 *   <li>A day the person answered "no" for is not a flare and does not count towards raised days in a row.</li>
 * </ul>
 * The baseline is a rolling mean, so once a flare settles on a new plateau that plateau becomes the new usual
 * level within {@link FlareThresholds#baselineDays()} days. Pure and deterministic.
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

    /** Assesses the check-in {@code day} against the check-ins in {@code history} (no answers to the question). */
    public FlareCall assess(CheckIn day, Collection<CheckIn> history) {
        List<FlareEvidence> evidence = new ArrayList<>();
        for (CheckIn c : history) evidence.add(FlareEvidence.of(c, null));
        evidence.add(FlareEvidence.of(day, null));
        return assess(day.date(), byDate(evidence)).orElseThrow();
    }

    /** Assesses {@code date} against the evidence (days after it are ignored); empty when the day has no check-in. */
    public Optional<FlareCall> assess(LocalDate date, Collection<FlareEvidence> evidence) {
        return assess(date, byDate(evidence));
    }

    /** The personal baseline before {@code date} from this evidence. */
    public Optional<Baseline> baseline(LocalDate date, Collection<FlareEvidence> evidence) {
        return baseline(date, byDate(evidence));
    }

    /** True when {@code pain} is at least the configured rise above {@code baseline}. */
    public boolean aboveBaseline(int pain, Baseline baseline) {
        return pain >= baseline.pain() + thresholds.painRise() - EPSILON;
    }

    /** Every day with evidence assessed as it would have been on that day, in date order. */
    public List<FlareCall> assessAll(Collection<FlareEvidence> evidence) {
        NavigableMap<LocalDate, FlareEvidence> days = byDate(evidence);
        List<FlareCall> calls = new ArrayList<>(days.size());
        for (LocalDate d : days.keySet()) calls.add(assess(d, days).orElseThrow());
        return calls;
    }

    /**
     * The flare days, looking back: every day that is a flare, plus the raised days at the start of a run that
     * became a flare once pain stayed up (on the first of them Backroot only asked). For charts, episodes and
     * the flare risk.
     */
    public Set<LocalDate> flareDays(Collection<FlareEvidence> evidence) {
        NavigableMap<LocalDate, FlareEvidence> days = byDate(evidence);
        Set<LocalDate> flares = new TreeSet<>();
        for (LocalDate d : days.keySet()) {
            FlareCall call = assess(d, days).orElseThrow();
            if (!call.flare()) continue;
            flares.add(d);
            if (call.causes().contains(FlareCause.SUSTAINED_PAIN)) {
                for (int back = 1; back < thresholds.sustainedDays(); back++) flares.add(d.minusDays(back));
            }
        }
        return flares;
    }

    private Optional<FlareCall> assess(LocalDate date, NavigableMap<LocalDate, FlareEvidence> days) {
        FlareEvidence day = days.get(date);
        if (day == null) return Optional.empty();
        Optional<Baseline> base = baseline(date, days);
        Set<FlareCause> causes = EnumSet.noneOf(FlareCause.class);
        if (day.reported()) causes.add(FlareCause.REPORTED);
        if (Boolean.TRUE.equals(day.answer())) causes.add(FlareCause.CONFIRMED);
        if (base.isPresent() && aboveBaseline(day.pain(), base.get())) causes.add(FlareCause.PAIN_ABOVE_BASELINE);
        if (!day.saidNoFlare() && sustained(date, days)) causes.add(FlareCause.SUSTAINED_PAIN);
        FlareCall.Verdict verdict;
        if (day.saidFlare() || causes.contains(FlareCause.SUSTAINED_PAIN)) verdict = FlareCall.Verdict.FLARE;
        else if (causes.contains(FlareCause.PAIN_ABOVE_BASELINE) && day.answer() == null) verdict = FlareCall.Verdict.ASK;
        else verdict = FlareCall.Verdict.NONE;
        return Optional.of(new FlareCall(date, day.pain(), verdict, causes, base.orElse(null), explain(day, verdict, causes, base.orElse(null))));
    }

    /** Raised pain on each of the {@code sustainedDays} days ending on {@code date}, against the baseline before the first. */
    private boolean sustained(LocalDate date, NavigableMap<LocalDate, FlareEvidence> days) {
        LocalDate first = date.minusDays(thresholds.sustainedDays() - 1L);
        Optional<Baseline> base = baseline(first, days);
        if (base.isEmpty()) return false;
        for (LocalDate d = first; !d.isAfter(date); d = d.plusDays(1)) {
            FlareEvidence e = days.get(d);
            if (e == null || e.saidNoFlare() || !aboveBaseline(e.pain(), base.get())) return false;
        }
        return true;
    }

    private Optional<Baseline> baseline(LocalDate date, NavigableMap<LocalDate, FlareEvidence> days) {
        Map<LocalDate, Integer> pain = new TreeMap<>();
        for (FlareEvidence e : days.subMap(date.minusDays(thresholds.baselineDays()), true, date, false).values()) pain.put(e.date(), e.pain());
        return Baseline.before(date, pain, thresholds);
    }

    private static NavigableMap<LocalDate, FlareEvidence> byDate(Collection<FlareEvidence> evidence) {
        NavigableMap<LocalDate, FlareEvidence> days = new TreeMap<>();
        if (evidence == null) return days;
        for (FlareEvidence e : evidence) {
            if (e == null) throw new IllegalArgumentException("evidence must not contain null");
            days.put(e.date(), e);
        }
        return days;
    }

    private String explain(FlareEvidence day, FlareCall.Verdict verdict, Set<FlareCause> causes, Baseline base) {
        String pain = "your pain (" + day.pain() + "/10)";
        int rise = thresholds.painRise();
        if (day.reported()) {
            return "You marked this day as a flare. A flare is about more than the pain number, so your word counts.";
        }
        if (causes.contains(FlareCause.CONFIRMED)) return "You told us this day is a flare, so it counts as one.";
        if (base == null) {
            return "Your usual pain level shows once you have checked in on " + thresholds.minBaselineDays() + " of "
                    + thresholds.baselineDays() + " days.";
        }
        long windowDays = base.to().toEpochDay() - base.from().toEpochDay() + 1;
        String usual = "your usual level (about " + base.painText() + "/10 over the " + windowDays + " days before)";
        if (verdict == FlareCall.Verdict.FLARE) {
            return "Your pain has been " + rise + " or more points above your usual level for " + thresholds.sustainedDays()
                    + " days in a row, so this counts as a flare.";
        }
        if (causes.contains(FlareCause.PAIN_ABOVE_BASELINE)) {
            if (Boolean.FALSE.equals(day.answer())) {
                return capitalise(pain) + " was " + rise + " or more points above " + usual + ", and you told us it is not a flare.";
            }
            return capitalise(pain) + " was " + rise + " or more points above " + usual
                    + ". One higher day is common and often settles; you can tell us whether it feels like a flare.";
        }
        return capitalise(pain) + " was less than " + rise + " points above " + usual + ".";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
