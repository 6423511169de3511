package org.backroot.program.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, at the end of a plan week, whether the plan progresses, holds, or steps some activities
 * back, with the pain-monitoring model of Silbernagel 2007 (see {@link PainMonitoringRules}). That
 * model was studied in Achilles tendinopathy; using it for the low back is an extrapolation.
 * <ul>
 *   <li><b>Regress</b> an activity when, in the latest week, pain during it went above
 *       {@code acceptablePainDuring} (5/10), or, for loaded movement and exposure only, the next morning's pain was
 *       {@code nextMorningRiseAllowed} (2) or more above the person's baseline (walking, breathing, relaxation and
 *       habits never step down for a bad next day). Regressions win over progress.</li>
 *   <li><b>Progress</b> when each of the last {@code weeksToProgress} (2) weeks had at least
 *       {@code adherenceToProgress} (70 %) of the planned practice done and no response crossed the
 *       lines above: build to strengthen, and within maintain one level up. Strengthen moves to maintain only
 *       on outcomes and not before 8 weeks of program ({@link MaintainGate}); adherence alone holds.</li>
 *   <li>Otherwise <b>hold</b>. In calm the calm rules decide ({@link CalmRules}); this holds.</li>
 * </ul>
 * Call it once per finished week; its input is the plans of the last weeks and the outcomes logged in them.
 */
public final class PlanProgression {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private PlanProgression() {
    }

    /** As {@link #decide(Phase, List, List, PainMonitoringRules, MaintainGate, java.time.LocalDate)} without outcome evidence. */
    public static PlanDecision decide(Phase phase, List<WeeklyPlan> recentPlans, List<PlanPracticeOutcome> outcomes,
                                      PainMonitoringRules rules) {
        return decide(phase, recentPlans, outcomes, rules, null, null);
    }

    /**
     * @param gate  what strengthen needs before maintain ({@link MaintainGate}); null: no outcome evidence, so strengthen
     *              holds however well the plan is kept
     * @param today the day the decision is taken (for the gate's 8 weeks); null: the day after the latest plan week
     */
    public static PlanDecision decide(Phase phase, List<WeeklyPlan> recentPlans, List<PlanPracticeOutcome> outcomes,
                                      PainMonitoringRules rules, MaintainGate gate, java.time.LocalDate today) {
        if (phase == null) throw new IllegalArgumentException("phase must be given");
        if (rules == null) rules = PainMonitoringRules.DEFAULT;
        List<WeeklyPlan> plans = new ArrayList<>(recentPlans == null ? List.of() : recentPlans);
        plans.sort(Comparator.comparing(WeeklyPlan::startsOn));
        List<PlanPracticeOutcome> all = outcomes == null ? List.of() : outcomes;

        if (phase == Phase.CALM) {
            return new PlanDecision(PlanDecision.Kind.HOLD, phase, 0, List.of(), List.of(
                    "During a flare the plan stays gentle; it steps back up once your pain has been near your usual level for 2 days, and after 14 days at the latest."));
        }
        if (plans.isEmpty()) {
            return new PlanDecision(PlanDecision.Kind.HOLD, phase, 0, List.of(), List.of(
                    "There is no finished plan week yet, so your plan stays as it is."));
        }

        WeeklyPlan latest = plans.get(plans.size() - 1);
        java.util.Set<String> loaded = loaded(plans);
        Map<String, String> regress = badResponses(latest, all, rules, titles(plans), loaded);
        if (!regress.isEmpty()) {
            return new PlanDecision(PlanDecision.Kind.REGRESS_ACTIVITY, phase, 0, new ArrayList<>(regress.keySet()),
                    new ArrayList<>(regress.values()));
        }

        int needed = rules.weeksToProgress();
        long percent = Math.round(rules.adherenceToProgress() * 100);
        double latestAdherence = adherence(latest, all);
        if (plans.size() < needed) {
            return new PlanDecision(PlanDecision.Kind.HOLD, phase, 0, List.of(), List.of(
                    "You did " + pct(latestAdherence) + " of this week's plan. After " + needed + " weeks at " + percent
                            + " % or more, with pain that settles, your plan steps up."));
        }
        List<WeeklyPlan> window = plans.subList(plans.size() - needed, plans.size());
        for (WeeklyPlan week : window) {
            double a = adherence(week, all);
            if (a < rules.adherenceToProgress()) {
                return new PlanDecision(PlanDecision.Kind.HOLD, phase, 0, List.of(), List.of(
                        "In the week from " + DAY.format(week.startsOn()) + " you did " + pct(a) + " of your plan. "
                                + needed + " weeks in a row at " + percent + " % or more, with pain that settles, step your plan up."
                                + " A plan that fits your days is worth more than a bigger one."));
            }
            if (!badResponses(week, all, rules, Map.of(), loaded).isEmpty()) {
                return new PlanDecision(PlanDecision.Kind.HOLD, phase, 0, List.of(), List.of(
                        "Some practice was more than your back liked in the week from " + DAY.format(week.startsOn())
                                + ", so your plan holds for now."));
            }
        }
        String done = "You did " + percent + " % or more of your plan for " + needed + " weeks and your pain settled each time.";
        if (phase == Phase.MAINTAIN) {
            return new PlanDecision(PlanDecision.Kind.PROGRESS, phase, 1, List.of(), List.of(
                    done + " Your maintenance plan moves up one level to keep you strong."));
        }
        Phase next = phase.next();
        if (next == Phase.MAINTAIN) {
            java.time.LocalDate day = today != null ? today : latest.startsOn().plusDays(WeeklyPlan.DAYS);
            Optional<String> notYet = gate == null
                    ? Optional.of("Maintenance starts once an outcome has clearly improved, not on practice alone, so your plan"
                            + " stays in strengthen for now.")
                    : gate.whyNot(day);
            if (notYet.isPresent()) return new PlanDecision(PlanDecision.Kind.HOLD, phase, 0, List.of(), List.of(done + " " + notYet.get()));
            return new PlanDecision(PlanDecision.Kind.PROGRESS, next, 0, List.of(), List.of(
                    done + " " + gate.improvement() + " Your plan moves from " + phase.code() + " to " + next.code() + "."));
        }
        return new PlanDecision(PlanDecision.Kind.PROGRESS, next, 0, List.of(), List.of(
                done + " Your plan moves from " + phase.code() + " to " + next.code() + "."));
    }

    /** Share of the week's planned practice (items with an activity on practice days) that was completed, 0-1. */
    public static double adherence(WeeklyPlan week, List<PlanPracticeOutcome> outcomes) {
        Map<String, Integer> planned = new HashMap<>();
        for (PlanItem item : week.practiceItems()) {
            if (item.activityId() != null) planned.merge(item.activityId(), 1, Integer::sum);
        }
        int total = planned.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) return 1.0;
        Map<String, Integer> completed = new HashMap<>();
        for (PlanPracticeOutcome o : outcomes) {
            if (o.completed() && inWeek(week, o)) completed.merge(o.activityId(), 1, Integer::sum);
        }
        int done = 0;
        for (Map.Entry<String, Integer> e : planned.entrySet()) done += Math.min(e.getValue(), completed.getOrDefault(e.getKey(), 0));
        return (double) done / total;
    }

    private static boolean inWeek(WeeklyPlan week, PlanPracticeOutcome o) {
        return !o.date().isBefore(week.startsOn()) && o.date().isBefore(week.startsOn().plusDays(WeeklyPlan.DAYS));
    }

    /** Activity id to the reason it should step back, for the outcomes of one week (first problem per activity). */
    private static Map<String, String> badResponses(WeeklyPlan week, List<PlanPracticeOutcome> outcomes, PainMonitoringRules rules,
                                                    Map<String, String> titles, java.util.Set<String> loaded) {
        Map<String, String> regress = new LinkedHashMap<>();
        List<PlanPracticeOutcome> ordered = outcomes.stream().filter(o -> inWeek(week, o))
                .sorted(Comparator.comparing(PlanPracticeOutcome::date).thenComparing(PlanPracticeOutcome::activityId)).toList();
        for (PlanPracticeOutcome o : ordered) {
            if (!o.completed() || regress.containsKey(o.activityId())) continue;
            String name = titles.getOrDefault(o.activityId(), o.activityId());
            if (o.painDuring() != null && o.painDuring() > rules.acceptablePainDuring()) {
                regress.put(o.activityId(), name + " hurt more than " + rules.acceptablePainDuring() + " out of 10 while you did it ("
                        + o.painDuring() + "/10 on " + DAY.format(o.date()) + "), so it steps back to an easier version for now."
                        + " That is a normal part of finding the right dose, not a sign of harm.");
            } else if (loaded.contains(o.activityId()) && o.nextMorningPain() != null && o.baselinePain() != null
                    && o.nextMorningPain() - o.baselinePain() >= rules.nextMorningRiseAllowed()) {
                regress.put(o.activityId(), "The morning after " + name + " on " + DAY.format(o.date()) + " your pain was "
                        + o.nextMorningPain() + "/10, " + rules.nextMorningRiseAllowed() + " or more above your usual "
                        + one(o.baselinePain()) + ", so it steps back to an easier version for now."
                        + " Pain that settles by the next morning is fine; this one did not settle yet.");
            }
        }
        return regress;
    }

    /**
     * Activities a bad next morning may step back: loaded movement and graded exposure. Walking, breathing,
     * relaxation and habits (posture, sleep and diet) are never stepped down for a bad next day.
     */
    private static java.util.Set<String> loaded(List<WeeklyPlan> plans) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (WeeklyPlan p : plans) for (PlanDay d : p.days()) for (PlanItem i : d.items()) {
            if (i.activityId() == null) continue;
            boolean movement = i.kind() == PlanItemKind.ACTIVITY && i.component() == Component.MOVEMENT;
            boolean exposure = i.kind() == PlanItemKind.EXPOSURE || i.component() == Component.EXPOSURE;
            if (movement || exposure) ids.add(i.activityId());
        }
        return ids;
    }

    private static Map<String, String> titles(List<WeeklyPlan> plans) {
        Map<String, String> titles = new HashMap<>();
        for (WeeklyPlan p : plans) for (PlanDay d : p.days()) for (PlanItem i : d.items()) {
            if (i.activityId() != null) titles.put(i.activityId(), i.title());
        }
        return titles;
    }

    private static String pct(double share) {
        return Math.round(share * 100) + " %";
    }

    static String one(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
