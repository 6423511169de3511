package org.backroot.program.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When the plan switches to the calm (flare) phase and when it comes back.
 * <ul>
 *   <li><b>Enter calm</b> when the day's check-in says flare, or its pain is {@code flareRise} (2) or
 *       more above the person's baseline: the mean pain of the check-ins in the {@code baselineDays}
 *       (14) days before, counted only when at least {@code minBaselineCheckins} (3) exist.</li>
 *   <li><b>Leave calm</b> when the last {@code settledDays} (2) consecutive days each have a check-in
 *       without a flare and with pain within {@code settledWithin} (1) point of the baseline from before
 *       the flare (without a baseline: no flare marked). The plan resumes in the phase it had before,
 *       one level lower ({@link PhaseChange#levelShift()} -1).</li>
 * </ul>
 * Pure and deterministic: dates are passed in.
 */
public record FlareRules(int flareRise, int settledWithin, int settledDays, int baselineDays, int minBaselineCheckins) {

    public static final FlareRules DEFAULT = new FlareRules(2, 1, 2, 14, 3);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    public FlareRules {
        if (flareRise < 1 || flareRise > 10) throw new IllegalArgumentException("flareRise must be between 1 and 10, was " + flareRise);
        if (settledWithin < 0 || settledWithin > 10) {
            throw new IllegalArgumentException("settledWithin must be between 0 and 10, was " + settledWithin);
        }
        if (settledDays < 1 || settledDays > 14) throw new IllegalArgumentException("settledDays must be between 1 and 14, was " + settledDays);
        if (baselineDays < 1 || baselineDays > 60) {
            throw new IllegalArgumentException("baselineDays must be between 1 and 60, was " + baselineDays);
        }
        if (minBaselineCheckins < 1 || minBaselineCheckins > baselineDays) {
            throw new IllegalArgumentException("minBaselineCheckins must be between 1 and baselineDays, was " + minBaselineCheckins);
        }
    }

    /** Mean pain of the check-ins in the {@code baselineDays} days before {@code day}, or empty with too few check-ins. */
    public Optional<Double> baseline(List<PlanCheckin> checkins, LocalDate day) {
        LocalDate from = day.minusDays(baselineDays);
        List<PlanCheckin> window = byDate(checkins).values().stream()
                .filter(c -> !c.date().isBefore(from) && c.date().isBefore(day)).toList();
        if (window.size() < minBaselineCheckins) return Optional.empty();
        return Optional.of(window.stream().mapToInt(PlanCheckin::pain).average().orElseThrow());
    }

    /**
     * The phase change due on {@code today}, if any.
     *
     * @param current       the phase now
     * @param enteredCalm   when {@code current} is calm: the change that entered it (gives the phase to
     *                      resume and the flare's first day); may be null, then the plan resumes in build
     *                      and the baseline is taken before the first check-in of the current calm stretch
     * @param checkins      the person's check-ins (any order; the last one of a day counts)
     * @param today         the day to decide for
     */
    public Optional<PhaseChange> check(Phase current, PhaseChange enteredCalm, List<PlanCheckin> checkins, LocalDate today) {
        if (current == null) throw new IllegalArgumentException("current must be given");
        if (today == null) throw new IllegalArgumentException("today must be given");
        Map<LocalDate, PlanCheckin> days = byDate(checkins);
        PlanCheckin now = days.get(today);
        if (current != Phase.CALM) {
            if (now == null) return Optional.empty();
            if (now.flare()) {
                return Optional.of(new PhaseChange(current, Phase.CALM,
                        "You marked " + DAY.format(today) + " as a flare, so your plan switches to calm: short, gentle and flare-safe.",
                        today, 0));
            }
            Optional<Double> base = baseline(checkins, today);
            if (base.isPresent() && now.pain() >= base.get() + flareRise) {
                return Optional.of(new PhaseChange(current, Phase.CALM,
                        "Your pain on " + DAY.format(today) + " was " + now.pain() + "/10, " + flareRise + " or more above your usual "
                                + PlanProgression.one(round1(base.get())) + ", so your plan switches to calm: short, gentle and flare-safe.",
                        today, 0));
            }
            return Optional.empty();
        }
        LocalDate flareStart = enteredCalm != null && enteredCalm.to() == Phase.CALM ? enteredCalm.date() : null;
        Phase resume = enteredCalm != null && enteredCalm.to() == Phase.CALM && enteredCalm.from() != Phase.CALM
                ? enteredCalm.from() : Phase.BUILD;
        Optional<Double> base = flareStart == null ? baseline(checkins, today.minusDays(settledDays - 1L)) : baseline(checkins, flareStart);
        for (int i = 0; i < settledDays; i++) {
            LocalDate d = today.minusDays(i);
            if (flareStart != null && !d.isAfter(flareStart)) return Optional.empty();
            PlanCheckin c = days.get(d);
            if (c == null || c.flare()) return Optional.empty();
            if (base.isPresent() && c.pain() > base.get() + settledWithin) return Optional.empty();
        }
        String near = base.map(b -> "near your usual level (about " + PlanProgression.one(round1(b)) + "/10)").orElse("without a flare");
        return Optional.of(new PhaseChange(Phase.CALM, resume,
                "Your pain has been " + near + " for " + settledDays + " days in a row, so your plan goes back to "
                        + resume.code() + ", one level easier to start with.",
                today, -1));
    }

    /**
     * Replays the check-ins day by day from the first to {@code until}, starting in {@code start}, and
     * returns every phase change in date order (useful to rebuild the history or for a timeline).
     */
    public List<PhaseChange> replay(Phase start, List<PlanCheckin> checkins, LocalDate until) {
        List<PhaseChange> changes = new ArrayList<>();
        Map<LocalDate, PlanCheckin> days = byDate(checkins);
        if (days.isEmpty()) return changes;
        Phase phase = start;
        PhaseChange entered = null;
        for (LocalDate d = days.keySet().iterator().next(); !d.isAfter(until); d = d.plusDays(1)) {
            Optional<PhaseChange> change = check(phase, entered, checkins, d);
            if (change.isPresent()) {
                changes.add(change.get());
                phase = change.get().to();
                entered = phase == Phase.CALM ? change.get() : null;
            }
        }
        return changes;
    }

    private static Map<LocalDate, PlanCheckin> byDate(List<PlanCheckin> checkins) {
        Map<LocalDate, PlanCheckin> days = new TreeMap<>();
        if (checkins == null) return days;
        for (PlanCheckin c : checkins) {
            if (c == null) throw new IllegalArgumentException("checkins must not contain null");
            days.put(c.date(), c);
        }
        return days;
    }

    private static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
