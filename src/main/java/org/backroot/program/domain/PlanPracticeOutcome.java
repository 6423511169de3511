package org.backroot.program.domain;

import java.time.LocalDate;

/**
 * How one practised activity went, as the progression rules need it.
 *
 * @param date            the day it was practised
 * @param activityId      the library activity
 * @param completed       true when the person did it
 * @param painDuring      pain while doing it, 0-10, or null when not reported
 * @param nextMorningPain pain the next morning, 0-10, or null when not known (yet)
 * @param baselinePain    the person's usual pain at the time (mean of the 14 days before), 0-10, or null
 */
public record PlanPracticeOutcome(LocalDate date, String activityId, boolean completed, Integer painDuring,
                                  Integer nextMorningPain, Double baselinePain) {

    public PlanPracticeOutcome {
        if (date == null) throw new IllegalArgumentException("date must be given");
        if (activityId == null || activityId.isBlank()) throw new IllegalArgumentException("activityId must not be blank");
        pain("painDuring", painDuring);
        pain("nextMorningPain", nextMorningPain);
        if (baselinePain != null && (baselinePain.isNaN() || baselinePain < 0 || baselinePain > 10)) {
            throw new IllegalArgumentException("baselinePain must be between 0 and 10 or null, was " + baselinePain);
        }
    }

    private static void pain(String field, Integer v) {
        if (v != null && (v < 0 || v > 10)) throw new IllegalArgumentException(field + " must be between 0 and 10 or null, was " + v);
    }
}
