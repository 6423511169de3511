package org.backroot.tracking.domain;

import java.time.LocalDate;

/**
 * One item the plan asked for on one day, as the adherence calculator sees it.
 *
 * @param date       the day it was planned for
 * @param activityId the activity, matched against {@link PracticeEntry#activityId()}
 * @param component  the program component it belongs to, e.g. {@code movement}
 */
public record PlannedItem(LocalDate date, String activityId, String component) {

    public PlannedItem {
        if (date == null) throw new IllegalArgumentException("date must be a date");
        if (activityId == null || activityId.isBlank()) throw new IllegalArgumentException("activityId must not be blank");
        if (component == null || component.isBlank()) throw new IllegalArgumentException("component must not be blank");
    }
}
