package org.backroot.insights.domain;

import java.time.LocalDate;

/**
 * How much of one plan component was planned and done on one day.
 *
 * @param date      the day
 * @param component the plan component ("movement", "strength", "relaxation", ...)
 * @param planned   items planned
 * @param done      items done; more than planned counts as all of it
 */
public record TrendAdherenceRow(LocalDate date, String component, int planned, int done) {

    public TrendAdherenceRow {
        if (date == null) throw new IllegalArgumentException("date: must be given");
        if (component == null || component.isBlank()) throw new IllegalArgumentException("component: must be given");
        if (planned < 0) throw new IllegalArgumentException("planned: must not be negative, was " + planned);
        if (done < 0) throw new IllegalArgumentException("done: must not be negative, was " + done);
    }
}
