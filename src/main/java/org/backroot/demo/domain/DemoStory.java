package org.backroot.demo.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backroot.insights.domain.DayRecord;
import org.backroot.insights.domain.SimPerson;
import org.backroot.insights.domain.SimRule;
import org.backroot.insights.domain.SimRules;
import org.backroot.insights.domain.SimWeeklyRhythm;
import org.backroot.insights.domain.Simulator;
import org.backroot.program.domain.CalmRules;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;
import org.backroot.tracking.domain.FlareEvidence;

/**
 * The demo person's simulated diary: six months of days from the insights {@link Simulator}, with two planted
 * triggers (a night under 6 hours raises the next day's pain by about a point; a day sitting more than
 * 7 hours triples the odds of a flare starting), pain easing slowly over the months as the program
 * works, and a pain-free month about ten weeks before the end after which the pain comes back (a recurrence). Invented data, shown only on the demo account, which says so.
 *
 * <p>The simulator's seed is chosen so the story has what the demo wants to show: the app's own flare rules
 * ({@link CalmRules#replay}) switch the plan to calm for the first time around month 3 and back again, and
 * at most once more after that. The first seed from {@link #FIRST_SEED} that fits is taken, so the same
 * start date always gives the same story.
 */
public record DemoStory(long seed, SimRules rules, List<DayRecord> diary, List<PhaseChange> expectedPhaseChanges) {

    public static final long FIRST_SEED = 20_240_601L;
    private static final int SEEDS_TRIED = 400;
    /** Pain points the person's usual pain falls by over the whole story. */
    static final double IMPROVEMENT = 1.5;
    /** The pain-free month starts this many days before the story ends... */
    static final int REMISSION_BEFORE_END = 75;
    /** ...lasts this long (more than the 30 pain-free days an episode needs before it to count as a recurrence)... */
    static final int REMISSION_DAYS = 35;
    /** ...and the pain then creeps back over this many days. */
    static final int RETURN_DAYS = 6;

    public DemoStory {
        if (rules == null || diary == null || expectedPhaseChanges == null) {
            throw new IllegalArgumentException("rules, diary and expectedPhaseChanges must be given");
        }
        diary = List.copyOf(diary);
        expectedPhaseChanges = List.copyOf(expectedPhaseChanges);
    }

    /** The planted rules: short sleep raises pain the next day; long sitting raises flare odds. */
    public static SimRules plantedRules() {
        return SimRules.of(new SimRule.SleepRule(6.0, 1, 1.0), new SimRule.SittingFlareRule(7.0, 3.0));
    }

    /**
     * The story for {@code days} days from {@code start}: the first flare wanted between days {@code days/2 - 12}
     * and {@code days/2 + 12}.
     */
    public static DemoStory generate(LocalDate start, int days) {
        if (start == null) throw new IllegalArgumentException("start must be a date");
        if (days < 60 || days > 366) throw new IllegalArgumentException("days must be from 60 to 366, was " + days);
        DemoStory fallback = null;
        int fallbackDistance = Integer.MAX_VALUE;
        int wanted = days / 2;
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS_TRIED; seed++) {
            DemoStory story = candidate(seed, start, days);
            List<LocalDate> calmStarts = story.expectedPhaseChanges.stream().filter(c -> c.to() == Phase.CALM).map(PhaseChange::date).toList();
            if (calmStarts.isEmpty()) continue;
            int first = (int) (calmStarts.get(0).toEpochDay() - start.toEpochDay());
            boolean backAgain = story.expectedPhaseChanges.stream().anyMatch(c -> c.from() == Phase.CALM);
            if (Math.abs(first - wanted) <= 12 && calmStarts.size() <= 3 && backAgain && story.eases(start, days)) return story;
            if (backAgain && Math.abs(first - wanted) < fallbackDistance) {
                fallback = story;
                fallbackDistance = Math.abs(first - wanted);
            }
        }
        if (fallback == null) throw new IllegalStateException("no simulated diary with a flare and a recovery; widen the seed search");
        return fallback;
    }

    static DemoStory candidate(long seed, LocalDate start, int days) {
        SimPerson person = new SimPerson(seed, start, days, 4.0, 0.5, 0.5, SimWeeklyRhythm.officeWorker(), 0.12, 0.75, 0.005);
        SimRules rules = plantedRules();
        List<DayRecord> diary = new ArrayList<>();
        LocalDate remissionStarts = start.plusDays(days - REMISSION_BEFORE_END);
        for (DayRecord r : Simulator.generate(person, rules).days()) {
            diary.add(remitted(eased(r, (r.date().toEpochDay() - start.toEpochDay()) / (double) days), remissionStarts));
        }
        List<FlareEvidence> checkins = diary.stream().map(r -> FlareEvidence.of(r.date(), r.pain(), r.flare())).toList();
        List<PhaseChange> changes = CalmRules.defaults().replay(Phase.BUILD, checkins, start.plusDays(days - 1L));
        return new DemoStory(seed, rules, diary, changes);
    }

    /**
     * A pain-free month and the pain's return: from {@code remissionStarts} pain stays at 0-1 for {@link #REMISSION_DAYS}
     * days without a flare, then creeps back over a few days, so the story's last weeks hold a recurrence by the
     * insights module's own definitions (an episode after at least 30 pain-free days).
     */
    private static DayRecord remitted(DayRecord r, LocalDate remissionStarts) {
        long day = r.date().toEpochDay() - remissionStarts.toEpochDay();
        if (r.pain() == null || day < 0 || day >= REMISSION_DAYS + RETURN_DAYS) return r;
        int cap = day < REMISSION_DAYS ? (int) (day % 3 == 0 ? 1 : 0) : 1 + (int) (day - REMISSION_DAYS) / 2;
        return new DayRecord(r.date(), Math.min(r.pain(), cap), r.stress(), r.sleepHours(), r.sleepQuality(), r.activeMinutes(),
                r.steps(), r.sittingHours(), r.dietQuality(), r.alcoholUnits(), day < REMISSION_DAYS ? false : r.flare(), r.adherence());
    }

    /** The day with pain lowered by the share of the improvement reached by then. */
    private static DayRecord eased(DayRecord r, double progress) {
        Integer pain = r.pain() == null ? null : (int) Math.max(0, Math.min(10, Math.round(r.pain() - IMPROVEMENT * progress)));
        return new DayRecord(r.date(), pain, r.stress(), r.sleepHours(), r.sleepQuality(), r.activeMinutes(), r.steps(),
                r.sittingHours(), r.dietQuality(), r.alcoholUnits(), r.flare(), r.adherence());
    }

    /** True when the mean pain of the last 45 days is below that of the first 45: the program is seen to work. */
    boolean eases(LocalDate start, int days) {
        double early = diary.stream().filter(r -> r.date().isBefore(start.plusDays(45))).mapToInt(DayRecord::pain).average().orElse(0);
        double late = diary.stream().filter(r -> !r.date().isBefore(start.plusDays(days - 45L))).mapToInt(DayRecord::pain).average().orElse(10);
        return late < early;
    }

    /** The diary's day, if the person checked in that day. */
    public Optional<DayRecord> day(LocalDate date) {
        return diary.stream().filter(r -> r.date().equals(date)).findFirst();
    }
}
