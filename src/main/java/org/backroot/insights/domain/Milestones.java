package org.backroot.insights.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;

/**
 * The one definition of each milestone, read from stored data only (no streaks, nothing counted against the person).
 * Each rule takes the first moment its condition held, so a milestone once reached keeps its date whatever is
 * recorded after it. Pure and deterministic.
 * <ul>
 * <li>First week: the end of the first plan week (seven days from the first plan's start) in which the person
 * practised at all; reached the day after that week.</li>
 * <li>First flare handled: the first phase change out of the calm (flare) phase: the flare settled and the plan moved
 * on. Flares are tracking's one definition; the plan enters calm on them.</li>
 * <li>A feared activity done: the first logged try of each activity on the fear ladder.</li>
 * <li>A change that matters: for each outcome measure, the first answer whose change from the first answer is an
 * improvement reaching the measure's minimal important change ({@link ChangeAssessment}, {@link MicRules}).</li>
 * </ul>
 */
public final class Milestones {

    static final int WEEK_DAYS = 7;

    private Milestones() {
    }

    /** Every milestone reached by {@code today}, oldest first (ties by key). */
    public static List<Milestone> reached(MilestoneFacts facts, LocalDate today) {
        if (facts == null || today == null) throw new IllegalArgumentException("facts and today: must be given");
        List<Milestone> all = new ArrayList<>();
        firstWeek(facts.firstPlanStart(), facts.practiceDays(), today).ifPresent(all::add);
        firstFlareHandled(facts.phaseChanges()).ifPresent(all::add);
        all.addAll(fearedActivitiesDone(facts.fearedTries()));
        for (MilestoneFacts.OutcomeSeries series : facts.outcomes()) meaningfulChange(series).ifPresent(all::add);
        return all.stream().filter(m -> !m.date().isAfter(today))
                .sorted(Comparator.comparing(Milestone::date).thenComparing(Milestone::key)).toList();
    }

    /** The first plan week with any practice in it, once it is over. */
    public static Optional<Milestone> firstWeek(LocalDate firstPlanStart, java.util.Collection<LocalDate> practiceDays, LocalDate today) {
        if (firstPlanStart == null) return Optional.empty();
        Optional<LocalDate> firstPractice = practiceDays.stream().filter(d -> !d.isBefore(firstPlanStart)).min(Comparator.naturalOrder());
        if (firstPractice.isEmpty()) return Optional.empty();
        long week = ChronoUnit.DAYS.between(firstPlanStart, firstPractice.get()) / WEEK_DAYS;
        LocalDate done = firstPlanStart.plusDays((week + 1) * WEEK_DAYS);
        if (done.isAfter(today)) return Optional.empty();
        return Optional.of(new Milestone(MilestoneKind.FIRST_WEEK.code(), MilestoneKind.FIRST_WEEK, done,
                "Your first week of practice is done",
                "You have practised through a whole week of your plan. Getting started is often the hardest part, and you did it."));
    }

    /** The first time the plan moved on from the calm phase it takes during a flare. */
    public static Optional<Milestone> firstFlareHandled(List<PhaseChange> changes) {
        return changes.stream().filter(c -> c.from() == Phase.CALM && c.to() != Phase.CALM)
                .min(Comparator.comparing(PhaseChange::date))
                .map(c -> new Milestone(MilestoneKind.FIRST_FLARE_HANDLED.code(), MilestoneKind.FIRST_FLARE_HANDLED, c.date(),
                        "You came through a flare",
                        "Your first flare since you started has settled, and your plan has moved on. Flares pass, and you now know "
                                + "more about what helps you through one."));
    }

    /** The first try of each activity on the fear ladder, oldest first. */
    public static List<Milestone> fearedActivitiesDone(List<MilestoneFacts.FearedTry> tries) {
        Map<String, MilestoneFacts.FearedTry> first = new LinkedHashMap<>();
        tries.stream().sorted(Comparator.comparing(MilestoneFacts.FearedTry::date).thenComparing(MilestoneFacts.FearedTry::itemId))
                .forEach(t -> first.putIfAbsent(t.itemId(), t));
        return first.values().stream()
                .filter(t -> Milestone.KEY.matcher(MilestoneKind.FEARED_ACTIVITY_DONE.code() + ":" + t.itemId()).matches())
                .map(t -> new Milestone(MilestoneKind.FEARED_ACTIVITY_DONE.code() + ":" + t.itemId(), MilestoneKind.FEARED_ACTIVITY_DONE,
                        t.date(), "You did something you had been wary of",
                        "You tried \u201c" + t.activity().strip() + "\u201d from your fear ladder. Each try shows your back what it can do."))
                .toList();
    }

    /** The first answer whose improvement from the first answer reaches the measure's minimal important change. */
    public static Optional<Milestone> meaningfulChange(MilestoneFacts.OutcomeSeries series) {
        List<TrendPoint> points = series.points();
        if (points.size() < 2) return Optional.empty();
        MicMeasure m = series.measure();
        double baseline = onScale(points.get(0).value(), m);
        String key = MilestoneKind.MEANINGFUL_CHANGE.code() + ":" + series.id();
        if (!Milestone.KEY.matcher(key).matches()) return Optional.empty();
        for (TrendPoint p : points.subList(1, points.size())) {
            Change change = ChangeAssessment.of(m, baseline, onScale(p.value(), m));
            if (change.meaningful() && change.direction() == ChangeDirection.IMPROVED) {
                return Optional.of(new Milestone(key, MilestoneKind.MEANINGFUL_CHANGE, p.date(), "A change that matters", change.sentence()));
            }
        }
        return Optional.empty();
    }

    private static double onScale(double value, MicMeasure m) {
        return Math.max(m.min(), Math.min(m.max(), value));
    }
}
