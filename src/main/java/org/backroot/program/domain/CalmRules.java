package org.backroot.program.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.backroot.tracking.domain.Baseline;
import org.backroot.tracking.domain.FlareCall;
import org.backroot.tracking.domain.FlareCause;
import org.backroot.tracking.domain.FlareDetector;
import org.backroot.tracking.domain.FlareEvidence;

/**
 * When the plan switches to the calm (flare) phase and when it comes back. What a flare is comes from
 * tracking's one definition ({@link FlareDetector}); the schedule from {@link CalmSchedule}.
 * <ul>
 *   <li><b>Enter calm</b> on a flare day: the person said so (in the check-in or by answering "yes" to "Is this a
 *       flare?"), or pain was 2 or more above the usual level on 2 days in a row. A single raised day only asks.</li>
 *   <li><b>Leave calm</b> after {@code settledDays} days in a row near the usual level from before the flare, or at
 *       the latest after {@code maxDays} days whatever the pain. The plan resumes the phase it had, at the same
 *       levels: leaving calm never steps the plan down. For the first {@code taperDays} days back, loaded movement
 *       and exposure start one step easier ({@link CalmSchedule#taper}).</li>
 * </ul>
 * Pure and deterministic: dates are passed in.
 */
public final class CalmRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final FlareDetector flares;
    private final CalmSchedule schedule;

    public CalmRules(FlareDetector flares, CalmSchedule schedule) {
        this.flares = Objects.requireNonNull(flares, "flares");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** The default flare definition and schedule. */
    public static CalmRules defaults() {
        return new CalmRules(new FlareDetector(), CalmSchedule.DEFAULT);
    }

    public CalmSchedule schedule() {
        return schedule;
    }

    public FlareDetector flares() {
        return flares;
    }

    /**
     * The phase change due on {@code today}, if any.
     *
     * @param current     the phase now
     * @param enteredCalm when {@code current} is calm: the change that entered it (its date starts the calm
     *                    phase, its {@code from} is the phase to resume); null resumes build from today's view
     * @param days        the person's check-ins with answers, any order
     * @param today       the day to decide for
     */
    public Optional<PhaseChange> check(Phase current, PhaseChange enteredCalm, Collection<FlareEvidence> days, LocalDate today) {
        if (current == null) throw new IllegalArgumentException("current must be given");
        if (today == null) throw new IllegalArgumentException("today must be given");
        if (current != Phase.CALM) {
            return flares.assess(today, days).filter(FlareCall::flare).map(call -> new PhaseChange(current, Phase.CALM, entryCause(call), today, 0));
        }
        boolean known = enteredCalm != null && enteredCalm.to() == Phase.CALM;
        LocalDate start = known ? enteredCalm.date() : null;
        Phase resume = known && enteredCalm.from() != Phase.CALM ? enteredCalm.from() : Phase.BUILD;
        if (start != null && !today.isBefore(start.plusDays(schedule.maxDays()))) {
            return Optional.of(new PhaseChange(Phase.CALM, resume, "Your calm phase has lasted " + schedule.maxDays()
                    + " days, so your plan goes back to " + resume.code() + " on its set schedule: for the first week the"
                    + " strengthening and exposure steps start one step easier, everything else as before. Pain that lasts"
                    + " this long is worth talking over with a clinician, and we ask you the safety questions again.", today, 0));
        }
        Map<LocalDate, FlareEvidence> byDate = new TreeMap<>();
        for (FlareEvidence e : days) byDate.put(e.date(), e);
        Optional<Baseline> before = flares.baseline(start != null ? start : today.minusDays(schedule.settledDays() - 1L), days);
        for (int i = 0; i < schedule.settledDays(); i++) {
            LocalDate d = today.minusDays(i);
            if (start != null && !d.isAfter(start)) return Optional.empty();
            FlareEvidence e = byDate.get(d);
            if (e == null || e.reported() || Boolean.TRUE.equals(e.answer())) return Optional.empty();
            if (before.isPresent() && e.pain() > before.get().pain() + schedule.settledWithin()) return Optional.empty();
        }
        String near = before.map(b -> "near your usual level (about " + b.painText() + "/10)").orElse("without a flare");
        return Optional.of(new PhaseChange(Phase.CALM, resume, "Your pain has been " + near + " for " + schedule.settledDays()
                + " days in a row, so your plan goes back to " + resume.code() + " where you left it; for the first week the"
                + " strengthening and exposure steps start one step easier.", today, 0));
    }

    /**
     * Replays the days from the first to {@code until}, starting in {@code start}, and returns every phase change
     * in date order (for a timeline, the demo and the simulator).
     */
    public List<PhaseChange> replay(Phase start, Collection<FlareEvidence> days, LocalDate until) {
        List<PhaseChange> changes = new ArrayList<>();
        if (days.isEmpty()) return changes;
        LocalDate first = days.stream().map(FlareEvidence::date).min(LocalDate::compareTo).orElseThrow();
        Phase phase = start;
        PhaseChange entered = null;
        for (LocalDate d = first; !d.isAfter(until); d = d.plusDays(1)) {
            // Every rule reads only the days up to the one it decides for, so later days can stay in the list.
            Optional<PhaseChange> change = check(phase, entered, days, d);
            if (change.isPresent()) {
                changes.add(change.get());
                phase = change.get().to();
                entered = phase == Phase.CALM ? change.get() : null;
            }
        }
        return changes;
    }

    private String entryCause(FlareCall call) {
        String day = DAY.format(call.date());
        String after = ", so your plan switches to calm for now: short, gentle and flare-safe, for up to " + schedule.maxDays() + " days.";
        if (call.causes().contains(FlareCause.REPORTED)) return "You marked " + day + " as a flare" + after;
        if (call.causes().contains(FlareCause.CONFIRMED)) return "You told us " + day + " is a flare" + after;
        String usual = call.baselineIfKnown().map(b -> " (about " + b.painText() + "/10)").orElse("");
        return "Your pain has been " + flares.thresholds().painRise() + " or more above your usual level" + usual + " for "
                + flares.thresholds().sustainedDays() + " days in a row" + after;
    }
}
