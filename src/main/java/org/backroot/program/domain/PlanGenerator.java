package org.backroot.program.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.backroot.program.domain.ActivityTargets.Factor;
import org.backroot.program.domain.ActivityTargets.Region;

/**
 * Builds a person's weekly plan: plain, deterministic Java (same input, same plan).
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Budget.</b> No day asks for more than the daily budget: {@code minutesPerDay}, or in the
 *       calm phase half of it rounded up (never below 5, never above the preference).</li>
 *   <li><b>Practice days.</b> {@code daysPerWeek} practice days spread over the week, starting on the
 *       first day. The maintain phase uses 2-3 sessions whatever the preference: the protective effect
 *       of exercise against new episodes fades once exercise stops (Steffens 2016), so it must go on,
 *       and typical programmes keep 2-3 sessions a week. The other days are rest days; a rest day
 *       holds only an optional short, easy walk (at most 5 minutes), because gentle walking keeps a
 *       back moving without adding load and keeps the habit.</li>
 *   <li><b>Weights.</b> Minutes go to components in proportion to the factor loads (movement to
 *       movement retraining, stress to stress regulation, posture to postural retraining,
 *       inflammation to inflammation reduction, breathing to breathing retraining), balanced over the
 *       week (deficit round robin). Movement retraining counts 1.5 times: exercise is the part with the
 *       strongest evidence against new episodes (Steffens 2016). A filled-in item takes at most half the
 *       day (at least 5 minutes), and a day holds at most {@value #MAX_ITEMS_PER_DAY} items. An unknown factor gets a small default weight
 *       ({@value #UNKNOWN_WEIGHT}); a known load below {@value #MIN_WEIGHT} leaves the component out.
 *       Movement always takes part, weighted at least by the most severe source region.</li>
 *   <li><b>Walking goal.</b> Every plan has one: on every practice day when the budget is
 *       {@value #FULL_WALK_BUDGET} minutes or more (up to about a third of the day), otherwise on every
 *       other practice day, plus the optional walk on rest days.</li>
 *   <li><b>Movement</b> opens every practice day (after a clinician's added activities) (outside calm, where breathing, movement and the walk take
 *       turns going first). Movement items target the source regions in severity order, round robin, at a level
 *       chosen by phase (build 1-2, strengthen 2-3, maintain 2-4) and shifted by {@link PlanHistory}.
 *       Without source regions, they train trunk control.</li>
 *   <li><b>Calm</b> (a flare): flare-safe activities only, level 1 where one exists, a reassurance
 *       item every practice day, and breathing, gentle movement and the walk rotated first so each
 *       fits even a short day. No graded exposure.</li>
 *   <li><b>Graded exposure</b> (build, strengthen, maintain): the current step of the fear ladder
 *       (lowest fear not yet mastered; one step at a time) on 1-3 practice days depending on the fear
 *       load. A step whose template is settled (the person picked it, or their words surely matched one
 *       theme: bending, lifting, sitting, twisting) uses the library template, one level higher for each
 *       experiment that went well while fear fell; otherwise the step is the person's own words, 5 minutes.</li>
 *   <li><b>Cautions.</b> Activities that {@link PlanCautions} leaves out (lying flat on the back in
 *       pregnancy) are never chosen, whatever the profile asks for.</li>
 *   <li><b>A clinician's adjustment</b> ({@link PlanAdjustment}) comes after every safety rule: its level cap and
 *       left-out activities are removed from the library, its minutes a day replace the person's, a paused exposure
 *       leaves the fear-ladder step out, and its added activities open each practice day (after the reassurance in
 *       calm), taking turns, together at most half the day (or 5 minutes on short days). An added activity that
 *       safety, the person's cautions or calm (not flare-safe) leave out does not appear.</li>
 *   <li><b>Variety.</b> An activity appears at most once a day; a non-habit activity is not repeated
 *       on consecutive days when another fits; activities used less this week and not used last week
 *       come first; remaining ties are broken by a hash seeded from the input.</li>
 * </ul>
 */
public final class PlanGenerator {

    static final int UNKNOWN_WEIGHT = 15;
    static final int MIN_WEIGHT = 10;
    static final int FULL_WALK_BUDGET = 15;
    static final int MIN_WALK = 3;
    static final int REST_WALK = 5;
    static final int CALM_MIN_BUDGET = 5;
    static final int EXPOSURE_DEFAULT_MINUTES = 5;
    static final int REASSURANCE_MINUTES = 1;
    static final double WALK_SHARE = 0.35;
    static final double MOVEMENT_FACTOR = 1.5;
    static final int MAX_ITEMS_PER_DAY = 6;
    /** A filled-in item takes at most half the day (or 5 minutes on short days), so one item cannot crowd out the rest. */
    static final double MAX_ITEM_SHARE = 0.5;
    private static final Map<Component, Integer> MAX_PER_DAY = Map.of(
            Component.MOVEMENT, 4, Component.STRESS, 2, Component.POSTURE, 2, Component.INFLAMMATION, 2, Component.BREATHING, 2);
    private static final List<Component> WEIGHTED = List.of(
            Component.MOVEMENT, Component.STRESS, Component.POSTURE, Component.INFLAMMATION, Component.BREATHING);

    private PlanGenerator() {
    }

    /** The plan, with the tie-break seed derived from the profile and the start date. */
    public static WeeklyPlan generate(PlanProfile profile, Preferences preferences, Phase phase, PlanHistory history,
                                      List<FearLadderItem> fearLadder, ActivityLibrary library, LocalDate startsOn) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(startsOn, "startsOn");
        return generate(profile, preferences, phase, history, fearLadder, library, startsOn, seedOf(profile, startsOn));
    }

    /**
     * The plan with an explicit tie-break seed (e.g. a hash of the user id and the week start, so two
     * people with the same profile get different but stable selections).
     */
    public static WeeklyPlan generate(PlanProfile profile, Preferences preferences, Phase phase, PlanHistory history,
                                      List<FearLadderItem> fearLadder, ActivityLibrary library, LocalDate startsOn, long seed) {
        return generate(profile, preferences, phase, history, fearLadder, library, startsOn, seed, PlanAdjustment.NONE, null);
    }

    /**
     * The plan with a clinician's adjustment applied inside the safety rules.
     *
     * @param library    the activities safety allows now (restrictions already removed)
     * @param adjustedBy the clinician's name, for the reason of an added activity; null when unknown
     */
    public static WeeklyPlan generate(PlanProfile profile, Preferences preferences, Phase phase, PlanHistory history,
                                      List<FearLadderItem> fearLadder, ActivityLibrary library, LocalDate startsOn, long seed,
                                      PlanAdjustment adjustment, String adjustedBy) {
        if (profile == null) throw new IllegalArgumentException("profile must be given");
        if (preferences == null) throw new IllegalArgumentException("preferences must be given");
        if (phase == null) throw new IllegalArgumentException("phase must be given");
        if (library == null) throw new IllegalArgumentException("library must be given");
        if (startsOn == null) throw new IllegalArgumentException("startsOn must be given");
        // Activities the person should not do now (lying on the back in pregnancy) are never candidates.
        PlanAdjustment adjust = adjustment == null ? PlanAdjustment.NONE : adjustment;
        // A clinician's level cap and left-out activities narrow what is left, never widen it.
        ActivityLibrary allowed = library.without(a -> profile.cautions().excludes(a) || adjust.leavesOut(a));
        return new Run(profile, adjust.apply(preferences), phase, history == null ? PlanHistory.empty() : history,
                FearLadder.of(fearLadder), allowed, startsOn, seed, adjust, adjustedBy).plan();
    }

    /** The daily budget for a phase: the preference, or half of it (at least 5) in calm. */
    public static int dailyBudget(Preferences preferences, Phase phase) {
        int b = preferences.minutesPerDay();
        return phase == Phase.CALM ? Math.min(b, Math.max(CALM_MIN_BUDGET, (b + 1) / 2)) : b;
    }

    /** Number of practice days: the preference, or 2-3 in maintain. */
    public static int practiceDayCount(Preferences preferences, Phase phase) {
        int n = preferences.daysPerWeek();
        // Maintain keeps 2-3 sessions a week whatever the preference: the protective effect of exercise
        // against new episodes shrinks or disappears once exercise stops (Steffens 2016), and typical
        // programmes keep 2-3 sessions a week.
        return phase == Phase.MAINTAIN ? Math.max(2, Math.min(3, n)) : n;
    }

    /** Indexes 0-6 of the practice days: spread evenly, the first day always included. */
    static Set<Integer> practiceDayIndexes(int count) {
        Set<Integer> days = new HashSet<>();
        for (int i = 0; i < count; i++) days.add(i * WeeklyPlan.DAYS / count);
        return days;
    }

    /** A stable seed from the inputs (String/Integer hash codes are specified, so this is the same on every JVM). */
    static long seedOf(PlanProfile profile, LocalDate startsOn) {
        long h = startsOn.toEpochDay();
        for (Map.Entry<String, Integer> e : new TreeMap<>(profile.factorLoads()).entrySet()) {
            h = h * 31 + e.getKey().hashCode();
            h = h * 31 + (e.getValue() == null ? -1 : e.getValue());
        }
        for (PlanSource s : profile.sources()) {
            h = h * 31 + s.region().id().hashCode();
            h = h * 31 + (s.side() == null ? 0 : s.side().code().hashCode());
            h = h * 31 + s.severity();
        }
        return h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Habits (posture, inflammation) are meant to repeat daily; the no-consecutive-days rule spares them. */
    static boolean isHabit(Activity a) {
        return a.component() == Component.POSTURE || a.component() == Component.INFLAMMATION || isWalk(a);
    }

    static boolean isWalk(Activity a) {
        return a.component() == Component.MOVEMENT && a.targets().regions().isEmpty();
    }

    /**
     * The exposure template chain (lowest level first) for a fear-ladder item: the theme the person picked or their
     * words surely matched. None when no theme is settled (the person is asked to pick) or they chose their own step.
     */
    static List<Activity> templateChain(FearLadderItem item, ActivityLibrary library) {
        ExposureTheme theme = item.template();
        if (theme == null || theme == ExposureTheme.NONE) return List.of();
        return library.filter(Component.EXPOSURE, null, null).stream()
                .filter(a -> a.id().startsWith(theme.idPrefix()))
                .sorted(Comparator.comparingInt(Activity::level).thenComparingInt(Activity::minutesPerDay).thenComparing(Activity::id))
                .toList();
    }

    /** One generation; holds the week's running state. */
    private static final class Run {
        private final PlanProfile profile;
        private final Phase phase;
        private final PlanHistory history;
        private final ActivityLibrary library;
        private final LocalDate startsOn;
        private final long seed;
        private final int budget;
        private final int practiceCount;
        private final Map<Component, Double> weights = new EnumMap<>(Component.class);
        private final Map<Component, Double> credit = new EnumMap<>(Component.class);
        private final Map<String, Integer> usesThisWeek = new HashMap<>();
        private final Set<Region> coveredThisWeek = EnumSet.noneOf(Region.class);
        private final Optional<FearLadderItem> step;
        private final Set<Integer> exposureDays = new HashSet<>();
        private final List<Activity> included;
        private final String adjustedBy;
        private Set<String> previousDay = Set.of();
        private int sourcePointer;

        Run(PlanProfile profile, Preferences preferences, Phase phase, PlanHistory history, FearLadder ladder,
            ActivityLibrary library, LocalDate startsOn, long seed, PlanAdjustment adjustment, String adjustedBy) {
            this.adjustedBy = adjustedBy;
            // only what is still in the library after safety, cautions and the cap; in calm only flare-safe activities
            this.included = adjustment.includeActivities().stream().map(library::byId).flatMap(Optional::stream)
                    .filter(a -> a.component() != Component.EXPOSURE && !isWalk(a))
                    .filter(a -> phase != Phase.CALM || a.flareSafe()).toList();
            this.profile = profile;
            this.phase = phase;
            this.history = history;
            this.library = library;
            this.startsOn = startsOn;
            this.seed = seed;
            this.budget = dailyBudget(preferences, phase);
            this.practiceCount = practiceDayCount(preferences, phase);
            this.step = phase == Phase.CALM || adjustment.pauseExposure() ? Optional.empty() : ladder.currentStep();
            for (Component c : WEIGHTED) {
                double w = weight(c);
                if (w > 0) {
                    weights.put(c, w);
                    credit.put(c, 0.0);
                }
            }
            if (step.isPresent()) {
                Integer fear = profile.load(Factor.FEAR);
                int sessions = fear == null || fear <= 33 ? 1 : fear <= 66 ? 2 : 3;
                sessions = Math.min(sessions, practiceCount);
                // practice days not next to each other first, so the same step is not done two days running when avoidable
                List<Integer> calendar = practiceDayIndexes(practiceCount).stream().sorted().toList();
                int last = -2;
                for (int k = 0; k < calendar.size() && exposureDays.size() < sessions; k++) {
                    if (calendar.get(k) - last > 1) {
                        exposureDays.add(k);
                        last = calendar.get(k);
                    }
                }
                for (int k = 0; k < calendar.size() && exposureDays.size() < sessions; k++) exposureDays.add(k);
            }
        }

        private double weight(Component c) {
            Factor f = Factor.valueOf(c.name());
            Integer load = profile.load(f);
            double w = load == null ? UNKNOWN_WEIGHT : load;
            if (c == Component.MOVEMENT) {
                // movement retraining is the part with the strongest evidence against new episodes (exercise, Steffens 2016)
                int top = profile.sources().isEmpty() ? 0 : profile.sources().get(0).severity();
                return Math.max(Math.max(w, top), MIN_WEIGHT) * MOVEMENT_FACTOR;
            }
            if (phase == Phase.CALM && c == Component.BREATHING) return Math.max(w, MIN_WEIGHT);
            return w < MIN_WEIGHT ? 0 : w;
        }

        WeeklyPlan plan() {
            Set<Integer> practice = practiceDayIndexes(practiceCount);
            List<PlanDay> days = new ArrayList<>();
            int k = 0;
            for (int i = 0; i < WeeklyPlan.DAYS; i++) {
                LocalDate date = startsOn.plusDays(i);
                PlanDay day = practice.contains(i) ? practiceDay(date, k++) : restDay(date);
                days.add(day);
                Set<String> ids = new HashSet<>();
                for (PlanItem item : day.items()) if (item.activityId() != null) ids.add(item.activityId());
                previousDay = ids;
            }
            return new WeeklyPlan(phase, startsOn, budget, days);
        }

        private PlanDay restDay(LocalDate date) {
            Optional<Activity> walk = walks().stream().filter(Activity::flareSafe).min(Comparator.comparingInt(Activity::minutesPerDay)
                    .thenComparing(Activity::id));
            if (walk.isEmpty()) return new PlanDay(date, true, List.of());
            Activity a = walk.get();
            int minutes = Math.min(Math.min(REST_WALK, a.minutesPerDay()), budget);
            return new PlanDay(date, true, List.of(walkItem(a, minutes, PlanReasons.restWalk(), true)));
        }

        private PlanDay practiceDay(LocalDate date, int k) {
            Day day = new Day();
            if (phase == Phase.CALM) {
                add(day, reassurance());
                include(day, k);
                List<String> anchors = List.of("breathing", "movement", "walk");
                // When the budget holds all three, an anchor done several times a day never takes the walk's place.
                boolean roomForAll = budget - REASSURANCE_MINUTES >= 3 * MIN_WALK;
                boolean walkPending = true;
                for (int j = 0; j < anchors.size(); j++) {
                    String anchor = anchors.get((k + j) % anchors.size());
                    int max = roomForAll && walkPending ? Math.max(1, day.remaining() - MIN_WALK) : budget;
                    switch (anchor) {
                        case "breathing" -> pick(Component.BREATHING, day, max, false).or(() -> pick(Component.BREATHING, day, max, true)).ifPresent(it -> addCounted(day, it));
                        case "movement" -> pick(Component.MOVEMENT, day, max, false).or(() -> pick(Component.MOVEMENT, day, max, true)).ifPresent(it -> addCounted(day, it));
                        default -> {
                            walk(day).ifPresent(it -> add(day, it));
                            walkPending = false;
                        }
                    }
                }
            } else {
                include(day, k);
                boolean walkDay = budget >= FULL_WALK_BUDGET || k % 2 == 1;
                // on a short walking day the walk goes first, so it fits
                if (walkDay && budget < FULL_WALK_BUDGET) walk(day).ifPresent(it -> add(day, it));
                // one movement item opens every practice day: source regions take turns in severity order
                pick(Component.MOVEMENT, day, budget, false).or(() -> pick(Component.MOVEMENT, day, budget, true))
                        .ifPresent(it -> addCounted(day, it));
                if (walkDay && budget >= FULL_WALK_BUDGET) walk(day).ifPresent(it -> add(day, it));
                if (exposureDays.contains(k)) exposure(day).ifPresent(it -> add(day, it));
            }
            fill(day);
            for (PlanItem item : day.items) {
                if (item.activityId() != null) usesThisWeek.merge(item.activityId(), 1, Integer::sum);
            }
            return new PlanDay(date, false, day.items);
        }

        /**
         * The clinician's added activities open the practice day (after the reassurance in calm) and take turns, starting
         * with a different one each practice day, while they fit in at most half the day (at least 5 minutes).
         */
        private void include(Day day, int k) {
            if (included.isEmpty()) return;
            int room = Math.min(day.remaining(), Math.max(5, (int) (budget * MAX_ITEM_SHARE)));
            for (int j = 0; j < included.size() && day.items.size() < MAX_ITEMS_PER_DAY; j++) {
                Activity a = included.get((k + j) % included.size());
                if (day.ids().contains(a.id()) || a.minutesPerDay() > room) continue;
                String reason = PlanReasons.included(adjustedBy);
                PlanItem item = new PlanItem(a.id(), a.component(), PlanItemKind.ACTIVITY, a.title(), a.minutesPerDay(),
                        DoseText.plan(a.dose(), a.minutes()), reason, null);
                addCounted(day, item);
                room -= a.minutesPerDay();
            }
        }

        /** Deficit round robin: each component earns its weighted share of the day's free minutes; the richest one that fits goes next. */
        private void fill(Day day) {
            if (weights.isEmpty()) return;
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            int free = day.remaining();
            for (Component c : weights.keySet()) credit.merge(c, weights.get(c) / total * free, Double::sum);
            int maxItemMinutes = Math.max(5, (int) (budget * MAX_ITEM_SHARE));
            while (day.items.size() < MAX_ITEMS_PER_DAY) {
                List<Component> order = new ArrayList<>(weights.keySet());
                order.sort(Comparator.comparingDouble((Component c) -> -credit.get(c)).thenComparing(Enum::ordinal));
                Optional<PlanItem> next = Optional.empty();
                // first without repeating yesterday's non-habit activities; only when nothing else fits, with
                for (int pass = 0; pass < 2 && next.isEmpty(); pass++) {
                    boolean allowRepeat = pass == 1;
                    for (Component c : order) {
                        if (day.count(c) >= MAX_PER_DAY.get(c)) continue;
                        next = pick(c, day, maxItemMinutes, allowRepeat);
                        if (next.isPresent()) break;
                    }
                }
                if (next.isEmpty()) return;
                addCounted(day, next.get());
            }
        }

        private void addCounted(Day day, PlanItem item) {
            add(day, item);
            credit.computeIfPresent(item.component(), (c, v) -> v - item.minutes());
        }

        private void add(Day day, PlanItem item) {
            day.items.add(item);
        }

        private PlanItem reassurance() {
            return new PlanItem(null, null, PlanItemKind.REASSURANCE, "A flare is not harm", REASSURANCE_MINUTES,
                    "Read once, and again whenever you need it", PlanReasons.reassurance(), null);
        }

        // ---- walking -------------------------------------------------------------------------

        private List<Activity> walks() {
            return library.all().stream().filter(PlanGenerator::isWalk).toList();
        }

        private Optional<PlanItem> walk(Day day) {
            List<Activity> walks = walks().stream().filter(a -> phase != Phase.CALM || a.flareSafe()).toList();
            if (walks.isEmpty()) return Optional.empty();
            int target = phase == Phase.CALM ? 1 : switch (phase) {
                case BUILD -> 1;
                case STRENGTHEN -> 2;
                default -> 3;
            };
            if (phase != Phase.CALM) target = clampLevel(target + history.bandShift(PlanHistory.WALKING, null));
            else target = clampLevel(target + Math.min(0, history.bandShift(PlanHistory.WALKING, null)));
            int share = Math.min(day.remaining(), Math.max(phase == Phase.CALM ? MIN_WALK : 5, (int) Math.round(budget * WALK_SHARE)));
            if (share < MIN_WALK) return Optional.empty();
            final int level = target;
            Comparator<Activity> longest = Comparator.comparingInt(Activity::minutesPerDay).thenComparing(Activity::id);
            // the goal at this level: in calm the shortest flare-safe walk, otherwise the longest walk at the target level
            Optional<Activity> goal = phase == Phase.CALM
                    ? walks.stream().filter(a -> a.level() <= level).min(longest)
                    : walks.stream().filter(a -> a.level() == level).max(longest)
                      .or(() -> walks.stream().filter(a -> a.level() <= level).max(longest));
            if (goal.isEmpty()) goal = walks.stream().min(longest);
            Activity g = goal.get();
            if (g.minutesPerDay() <= share) return Optional.of(walkItem(g, g.minutesPerDay(), PlanReasons.walk(profile, phase, null), false));
            Optional<Activity> fits = walks.stream().filter(a -> a.level() <= level && a.minutesPerDay() <= share).max(longest);
            if (fits.isPresent()) {
                return Optional.of(walkItem(fits.get(), fits.get().minutesPerDay(), PlanReasons.walk(profile, phase, g.minutesPerDay()), false));
            }
            Activity shortest = walks.stream().min(longest).get();
            return Optional.of(walkItem(shortest, share, PlanReasons.walk(profile, phase, g.minutesPerDay()), false));
        }

        private PlanItem walkItem(Activity a, int minutes, String reason, boolean rest) {
            boolean shortened = minutes < a.minutesPerDay();
            String title = shortened ? "Easy " + minutes + "-minute walk" : a.title();
            String dose = shortened || rest
                    ? "At an easy pace you can talk at" + (rest ? "; optional" : "")
                    : DoseText.plan(a.dose(), a.minutes());
            return new PlanItem(a.id(), a.component(), PlanItemKind.WALK, title, minutes, dose, reason, null);
        }

        // ---- graded exposure -----------------------------------------------------------------

        private Optional<PlanItem> exposure(Day day) {
            FearLadderItem item = step.orElseThrow();
            Integer fear = profile.load(Factor.FEAR);
            String reason = PlanReasons.exposure(item, fear);
            String before = " Before you start, note how likely you think it is to harm your back (on your fear ladder);"
                    + " afterwards, note whether that happened and how afraid you are now.";
            List<Activity> chain = templateChain(item, library);
            if (!chain.isEmpty()) {
                int level = clampLevel(chain.get(0).level() + item.advances() + history.bandShift(Component.EXPOSURE.id(), null));
                Optional<Activity> t = chain.stream().filter(a -> a.level() <= level && a.minutesPerDay() <= day.remaining())
                        .max(Comparator.comparingInt(Activity::level).thenComparing(Comparator.comparingInt(Activity::minutesPerDay).reversed()));
                if (t.isPresent()) {
                    Activity a = t.get();
                    return Optional.of(new PlanItem(a.id(), Component.EXPOSURE, PlanItemKind.EXPOSURE, a.title(), a.minutesPerDay(),
                            DoseText.plan(a.dose(), a.minutes()) + "." + before, reason, item.id()));
                }
                return Optional.empty();
            }
            int minutes = Math.min(EXPOSURE_DEFAULT_MINUTES, day.remaining());
            if (minutes < MIN_WALK) return Optional.empty();
            String title = "Your next step: " + item.activity();
            return Optional.of(new PlanItem(null, Component.EXPOSURE, PlanItemKind.EXPOSURE, title.length() > 120 ? title.substring(0, 120) : title,
                    minutes, "A small, safe version of it, about " + minutes + " minutes." + before, reason, item.id()));
        }

        // ---- picking activities ----------------------------------------------------------------

        /** The best-fitting next item of a component for this day, or empty when none fits. */
        private Optional<PlanItem> pick(Component c, Day day, int maxMinutes, boolean allowRepeat) {
            if (c == Component.MOVEMENT && !profile.sources().isEmpty()) {
                List<PlanSource> sources = profile.sources();
                // Round robin, but a source that has no item yet this week goes first: a region skipped once because
                // its exercises did not fit that day is not passed over for the whole week.
                List<Integer> order = new ArrayList<>();
                for (int j = 0; j < sources.size(); j++) order.add((sourcePointer + j) % sources.size());
                order.sort(Comparator.comparingInt(index -> coveredThisWeek.contains(sources.get(index).region()) ? 1 : 0));
                for (int index : order) {
                    PlanSource s = sources.get(index);
                    Optional<Activity> a = choose(candidates(c, s.region()), day, maxMinutes, allowRepeat);
                    if (a.isPresent()) {
                        sourcePointer = index + 1;
                        coveredThisWeek.add(s.region());
                        return Optional.of(movementItem(a.get(), s));
                    }
                }
                return Optional.empty();
            }
            Region region = c == Component.MOVEMENT ? Region.CORE : null;
            return choose(candidates(c, region), day, maxMinutes, allowRepeat).map(a -> item(a, c));
        }

        private PlanItem movementItem(Activity a, PlanSource s) {
            String dose = DoseText.plan(a.dose(), a.minutes());
            if (a.sided() && (s.side() == PlanSide.LEFT || s.side() == PlanSide.RIGHT) && a.targets().regions().contains(s.region())) {
                dose += ". Do both sides; start with your " + s.side().code() + " side";
            }
            return new PlanItem(a.id(), a.component(), PlanItemKind.ACTIVITY, a.title(), a.minutesPerDay(), dose,
                    PlanReasons.movementSource(s, phase), null);
        }

        private PlanItem item(Activity a, Component c) {
            Integer load = profile.load(Factor.valueOf(c.name()));
            String reason = c == Component.MOVEMENT ? PlanReasons.movementGeneral(load, phase) : PlanReasons.component(c, load, phase);
            return new PlanItem(a.id(), a.component(), PlanItemKind.ACTIVITY, a.title(), a.minutesPerDay(), DoseText.plan(a.dose(), a.minutes()), reason, null);
        }

        /** Activities of a component (and region) in the phase's level band, after per-activity history shifts. */
        private List<Activity> candidates(Component c, Region region) {
            int shift = history.bandShift(c.id(), region == null ? null : region.id());
            if (phase == Phase.CALM) shift = Math.min(0, shift);
            int lo = clampLevel(phase.minLevel() + shift);
            int hi = clampLevel(phase.maxLevel() + shift);
            List<Activity> pool = library.filter(c, region, null).stream()
                    .filter(a -> !isWalk(a))
                    .filter(a -> phase != Phase.CALM || a.flareSafe())
                    .toList();
            List<Activity> band = pool.stream().filter(a -> a.level() >= lo && a.level() <= hi).toList();
            if (band.isEmpty()) {
                // nothing in the band: the nearest levels, easier first
                for (int d = 1; d < Activity.MAX_LEVEL && band.isEmpty(); d++) {
                    int below = lo - d;
                    int above = hi + d;
                    band = pool.stream().filter(a -> a.level() == below).toList();
                    if (band.isEmpty() && phase != Phase.CALM) band = pool.stream().filter(a -> a.level() == above).toList();
                }
            }
            List<Activity> shifted = new ArrayList<>();
            for (Activity a : band) {
                Activity s = applyActivityShift(a);
                if (s.component() == c && !isWalk(s) && (phase != Phase.CALM || s.flareSafe()) && !shifted.contains(s)) shifted.add(s);
            }
            return shifted;
        }

        /** Follows regression (negative) or progression (positive) links as far as the activity's own shift says. */
        private Activity applyActivityShift(Activity a) {
            int s = history.shift(a.id());
            if (phase == Phase.CALM) s = Math.min(0, s);
            Activity current = a;
            for (int i = 0; i < Math.abs(s); i++) {
                Optional<Activity> next = s < 0 ? library.regressionOf(current.id()) : library.progressionOf(current.id());
                if (next.isEmpty()) break;
                current = next.get();
            }
            return current;
        }

        private Optional<Activity> choose(List<Activity> candidates, Day day, int maxMinutes, boolean allowRepeat) {
            return candidates.stream()
                    .filter(a -> a.minutesPerDay() <= day.remaining() && a.minutesPerDay() <= maxMinutes)
                    .filter(a -> allowRepeat || isHabit(a) || !previousDay.contains(a.id()))
                    .filter(a -> !day.ids().contains(a.id()))
                    .min(Comparator
                            .comparing((Activity a) -> !isHabit(a) && previousDay.contains(a.id()))
                            .thenComparingInt(a -> usesThisWeek.getOrDefault(a.id(), 0))
                            .thenComparing(a -> history.usedLastWeek().contains(a.id()))
                            .thenComparingLong(a -> mix(seed ^ mix(a.id().hashCode())))
                            .thenComparing(Activity::id));
        }

        private final class Day {
            final List<PlanItem> items = new ArrayList<>();

            int remaining() {
                return budget - items.stream().mapToInt(PlanItem::minutes).sum();
            }

            long count(Component c) {
                return items.stream().filter(i -> i.component() == c && i.kind() == PlanItemKind.ACTIVITY).count();
            }

            Set<String> ids() {
                Set<String> ids = new HashSet<>();
                for (PlanItem i : items) if (i.activityId() != null) ids.add(i.activityId());
                return ids;
            }
        }
    }

    static int clampLevel(int level) {
        return Math.max(Activity.MIN_LEVEL, Math.min(Activity.MAX_LEVEL, level));
    }
}
