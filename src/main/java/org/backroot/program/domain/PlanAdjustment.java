package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;

/**
 * What a linked clinician changed in a person's plan. It works inside the adaptive plan, never around safety: the
 * generator applies it after every safety rule (an urgent status still stops the program, calm still uses flare-safe
 * activities only, safety restrictions and the person's own cautions still leave out what they leave out).
 *
 * @param maxLevel           the highest library level the plan may use (1 to the library's highest), or null for no cap
 * @param excludeActivities  activities the plan must leave out
 * @param includeActivities  activities the clinician asks for (not walks or exposure steps): they open each practice
 *                           day, taking turns, when safety, the phase and the day's minutes allow
 * @param pauseExposure      graded exposure (the fear-ladder step) is paused
 * @param minutesPerDay      the daily minutes the plan uses instead of the person's own, or null to keep theirs
 * @param note               the clinician's words to the person, plain text, or null
 */
public record PlanAdjustment(Integer maxLevel, Set<String> excludeActivities, Set<String> includeActivities, boolean pauseExposure,
                             Integer minutesPerDay, String note) {

    /** No adjustment: the plan as the generator makes it. */
    public static final PlanAdjustment NONE = new PlanAdjustment(null, Set.of(), Set.of(), false, null, null);
    public static final int MAX_NOTE = 1000;
    public static final int MAX_ACTIVITIES = 40;
    static final Map<String, String> LABELS = Map.of(
            "maxLevel", "Highest level", "excludeActivities", "Leave out", "includeActivities", "Add",
            "minutesPerDay", "Minutes a day", "note", "Note to the person");

    public PlanAdjustment {
        excludeActivities = excludeActivities == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(excludeActivities));
        includeActivities = includeActivities == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(includeActivities));
        if (maxLevel != null && (maxLevel < Activity.MIN_LEVEL || maxLevel > Activity.MAX_LEVEL)) {
            throw new IllegalArgumentException("maxLevel must be between 1 and " + Activity.MAX_LEVEL + ", was " + maxLevel);
        }
        if (minutesPerDay != null && (minutesPerDay < Preferences.MIN_MINUTES || minutesPerDay > Preferences.MAX_MINUTES)) {
            throw new IllegalArgumentException("minutesPerDay must be between 5 and 60, was " + minutesPerDay);
        }
        for (String id : includeActivities) {
            if (excludeActivities.contains(id)) throw new IllegalArgumentException("'" + id + "' is both included and excluded");
        }
        if (note != null) {
            note = note.strip();
            if (note.isEmpty()) note = null;
        }
        if (note != null && note.length() > MAX_NOTE) throw new IllegalArgumentException("note must be at most " + MAX_NOTE + " characters");
    }

    /**
     * Checks a clinician's input against the library and builds the adjustment; every problem is a
     * {@link ValidationException} naming its field (and, for activities, the unknown id).
     */
    public static PlanAdjustment validated(Integer maxLevel, List<String> excludeActivities, List<String> includeActivities,
                                           Boolean pauseExposure, Integer minutesPerDay, String note, ActivityLibrary library) {
        List<FieldError> errors = new ArrayList<>();
        int highest = library.all().stream().mapToInt(Activity::level).max().orElse(Activity.MIN_LEVEL);
        if (maxLevel != null && (maxLevel < Activity.MIN_LEVEL || maxLevel > highest)) {
            errors.add(new FieldError("maxLevel", "must be a whole number from 1 to " + highest + " (the highest level in the library), or left out"));
        }
        Set<String> exclude = ids("excludeActivities", excludeActivities, library, errors);
        Set<String> include = ids("includeActivities", includeActivities, library, errors);
        for (String id : include) {
            if (PlanGenerator.isWalk(library.require(id))) {
                errors.add(new FieldError("includeActivities", "must not name '" + id
                        + "': every plan has a walking goal already (use minutesPerDay or maxLevel to shape it)"));
            } else if (library.require(id).component() == Component.EXPOSURE) {
                errors.add(new FieldError("includeActivities", "must not name '" + id
                        + "': graded exposure steps come from the person's own fear ladder (use pauseExposure to pause them)"));
            } else if (exclude.contains(id)) errors.add(new FieldError("includeActivities", "must not name '" + id + "', which excludeActivities leaves out"));
            else if (maxLevel != null && library.byId(id).map(Activity::level).orElse(0) > maxLevel) {
                errors.add(new FieldError("includeActivities", "must not name '" + id + "': its level " + library.require(id).level()
                        + " is above maxLevel " + maxLevel));
            }
        }
        if (minutesPerDay != null && (minutesPerDay < Preferences.MIN_MINUTES || minutesPerDay > Preferences.MAX_MINUTES)) {
            errors.add(new FieldError("minutesPerDay", "must be a whole number of minutes from 5 to 60, or left out"));
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
        } else if (note != null && note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(new FieldError("note", "must be plain text"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors, LABELS);
        return new PlanAdjustment(maxLevel, exclude, include, Boolean.TRUE.equals(pauseExposure), minutesPerDay, note);
    }

    private static Set<String> ids(String field, List<String> given, ActivityLibrary library, List<FieldError> errors) {
        Set<String> ids = new LinkedHashSet<>();
        if (given == null) return ids;
        if (given.size() > MAX_ACTIVITIES) {
            errors.add(new FieldError(field, "must name at most " + MAX_ACTIVITIES + " activities"));
            return ids;
        }
        for (String id : given) {
            if (id == null || id.isBlank()) {
                errors.add(new FieldError(field, "must name activities by their id, like hip-90-90; one was empty"));
            } else if (library.byId(id.strip()).isEmpty()) {
                errors.add(new FieldError(field, "names '" + id.strip() + "', which is not an activity in the library"));
            } else {
                ids.add(id.strip());
            }
        }
        return ids;
    }

    /** Whether a clinician may add this activity by hand: walks and graded exposure steps are shaped by the plan itself. */
    public static boolean addable(Activity activity) {
        return activity.component() != Component.EXPOSURE && !PlanGenerator.isWalk(activity);
    }

    /** Whether any part of the plan differs from one made without it (the note alone changes nothing in the plan). */
    public boolean shapesThePlan() {
        return !samePlanAs(NONE);
    }

    /** Whether a plan made with this adjustment is the same as one made with {@code other} (notes aside). */
    public boolean samePlanAs(PlanAdjustment other) {
        return java.util.Objects.equals(maxLevel, other.maxLevel) && excludeActivities.equals(other.excludeActivities)
                && includeActivities.equals(other.includeActivities) && pauseExposure == other.pauseExposure
                && java.util.Objects.equals(minutesPerDay, other.minutesPerDay);
    }

    /** The person's time with the clinician's minutes a day in place of their own, when the clinician set them. */
    public Preferences apply(Preferences preferences) {
        return minutesPerDay == null ? preferences : new Preferences(minutesPerDay, preferences.daysPerWeek());
    }

    /** True when the plan must not use this activity: excluded by the clinician, or above the level cap. */
    public boolean leavesOut(Activity activity) {
        return excludeActivities.contains(activity.id()) || (maxLevel != null && activity.level() > maxLevel);
    }
}
