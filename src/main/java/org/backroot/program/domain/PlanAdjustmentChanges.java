package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What one version of a clinician's plan adjustment changed against the one before it, in plain words for the person. */
public final class PlanAdjustmentChanges {

    private PlanAdjustmentChanges() {
    }

    /**
     * @param before the version in force before, or null for the first adjustment
     * @param after  the new version
     */
    public static List<String> describe(PlanAdjustment before, PlanAdjustment after, ActivityLibrary library) {
        if (after == null) throw new IllegalArgumentException("after must be given");
        PlanAdjustment b = before == null ? PlanAdjustment.NONE : before;
        List<String> lines = new ArrayList<>();
        if (!java.util.Objects.equals(b.maxLevel(), after.maxLevel())) {
            lines.add(after.maxLevel() == null
                    ? "Your plan may use every level again."
                    : "Your plan uses activities up to level " + after.maxLevel() + " of " + Activity.MAX_LEVEL + " only"
                      + (b.maxLevel() == null ? "." : " (it was up to level " + b.maxLevel() + ")."));
        }
        added(after.excludeActivities(), b.excludeActivities(), library).ifPresent(t -> lines.add("Left out of your plan: " + t + "."));
        added(b.excludeActivities(), after.excludeActivities(), library).ifPresent(t -> lines.add("Back in your plan: " + t + "."));
        added(after.includeActivities(), b.includeActivities(), library).ifPresent(t -> lines.add("Added to your plan: " + t + "."));
        added(b.includeActivities(), after.includeActivities(), library).ifPresent(t -> lines.add("No longer added: " + t + "."));
        if (after.pauseExposure() && !b.pauseExposure()) lines.add("The steps on your fear ladder are paused for now.");
        if (!after.pauseExposure() && b.pauseExposure()) lines.add("The steps on your fear ladder are back in your plan.");
        if (!java.util.Objects.equals(b.minutesPerDay(), after.minutesPerDay())) {
            lines.add(after.minutesPerDay() == null
                    ? "Your plan uses your own minutes a day again."
                    : "Your plan asks for up to " + after.minutesPerDay() + " minutes a day"
                      + (b.minutesPerDay() == null ? "." : " (it was " + b.minutesPerDay() + ")."));
        }
        if (lines.isEmpty()) {
            lines.add(before == null || java.util.Objects.equals(b.note(), after.note())
                    ? "Nothing in the plan itself changed."
                    : "A new note; the plan itself did not change.");
        }
        return List.copyOf(lines);
    }

    /** Titles of the activities in {@code now} but not in {@code then}, joined; empty when there are none. */
    private static java.util.Optional<String> added(Set<String> now, Set<String> then, ActivityLibrary library) {
        List<String> titles = now.stream().filter(id -> !then.contains(id))
                .map(id -> library.byId(id).map(Activity::title).orElse(id)).toList();
        if (titles.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(titles.stream().collect(Collectors.joining(", ")));
    }
}
