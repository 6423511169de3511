package org.backroot.care.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The one definition of when a clinician is alerted about a person, from the signals of the modules that own each
 * concept ({@link CareSignals}). Pure and deterministic; which conditions hold depends only on the signals.
 * <ul>
 *   <li>{@link AlertKind#RED_FLAG}: any status other than clear, at once, until a clinician has cleared it; a new
 *       status or a new reason is a new occurrence.</li>
 *   <li>{@link AlertKind#LONG_FLARE}: a calm phase past its longest run (14 days by default); one per phase.</li>
 *   <li>{@link AlertKind#RESCREEN_DUE}: each reason the screen is due again; one per reason and day.</li>
 *   <li>{@link AlertKind#OUTCOME_WORSE}: an outcome's newest answer worse than its first by the minimal important
 *       change; one per measure and answer.</li>
 *   <li>{@link AlertKind#NO_CHECK_IN}: {@value #QUIET_DAYS} days or more since the last check-in; one per last check-in,
 *       so a later check-in ends it.</li>
 *   <li>{@link AlertKind#LOW_ADHERENCE}: under half of a week's planned practice done; one per week.</li>
 * </ul>
 */
public final class AlertRules {

    /** Days since the last check-in that raise {@link AlertKind#NO_CHECK_IN}. */
    public static final int QUIET_DAYS = 5;
    /** Share of a week's planned practice below which {@link AlertKind#LOW_ADHERENCE} is raised. */
    public static final double LOW_ADHERENCE_SHARE = 0.5;

    private AlertRules() {
    }

    /** The alert conditions that hold today, most urgent kind first, each occurrence once. */
    public static List<AlertCondition> holding(CareSignals s) {
        List<AlertCondition> found = new ArrayList<>();
        CareSignals.Safety safety = s.safety();
        if (safety.flagged()) {
            String reasons = String.join(",", new TreeSet<>(safety.reasons()));
            String detail = "Safety status: " + safety.state().jsonName().replace('-', ' ')
                    + (safety.summary().isBlank() ? "." : ". " + safety.summary());
            found.add(new AlertCondition(AlertKind.RED_FLAG, clip(safety.state().jsonName() + ":" + reasons), s.today(), clip(detail, 500)));
        }
        if (s.longCalm() != null) {
            LocalDate since = s.longCalm().since();
            found.add(new AlertCondition(AlertKind.LONG_FLARE, "calm:" + since, since,
                    "Calm (flare) phase since " + since + ", " + s.longCalm().days() + " days or more."));
        }
        for (CareSignals.Rescreen r : s.rescreens()) {
            String detail = "Red-flag screen due again (" + r.code() + ")" + (r.message().isBlank() ? "." : ": " + r.message());
            found.add(new AlertCondition(AlertKind.RESCREEN_DUE, clip(r.code() + ":" + r.since()), r.since(), clip(detail, 500)));
        }
        for (CareSignals.Outcome o : s.outcomes()) {
            if (!o.worse()) continue;
            found.add(new AlertCondition(AlertKind.OUTCOME_WORSE, clip(o.instrumentId() + ":" + o.latestOn()), o.latestOn(),
                    clip(o.instrumentId().toUpperCase(java.util.Locale.ROOT) + " worse by its minimal important change. " + o.sentence(), 500)));
        }
        if (s.lastCheckIn() != null) {
            long quiet = ChronoUnit.DAYS.between(s.lastCheckIn(), s.today());
            if (quiet >= QUIET_DAYS) {
                found.add(new AlertCondition(AlertKind.NO_CHECK_IN, "last:" + s.lastCheckIn(), s.lastCheckIn().plusDays(1),
                        "No check-in for " + quiet + " days (last on " + s.lastCheckIn() + ")."));
            }
        }
        CareSignals.Week week = s.lastWeek();
        if (week != null && week.planned() > 0 && week.done() < LOW_ADHERENCE_SHARE * week.planned()) {
            found.add(new AlertCondition(AlertKind.LOW_ADHERENCE, "week:" + week.from(), week.from(),
                    "Did " + week.done() + " of " + week.planned() + " planned items in the week of " + week.from()
                            + " (" + Math.round(100.0 * week.done() / week.planned()) + " %)."));
        }
        return dedupe(found);
    }

    private static List<AlertCondition> dedupe(List<AlertCondition> found) {
        java.util.Map<AlertCondition.Key, AlertCondition> unique = new java.util.LinkedHashMap<>();
        for (AlertCondition c : found) unique.putIfAbsent(c.key(), c);
        return List.copyOf(unique.values());
    }

    private static String clip(String text) {
        return clip(text, 200);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
