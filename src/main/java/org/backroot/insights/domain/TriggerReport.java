package org.backroot.insights.domain;

import java.util.List;

/**
 * What the diary says about a person's triggers.
 *
 * @param daysOfData days with pain logged (flare days included)
 * @param triggers   findings that survive the false-discovery correction, strongest first; empty when
 *                   there are fewer days than {@link TriggerSettings#minDays()}
 */
public record TriggerReport(int daysOfData, List<Trigger> triggers) {

    public TriggerReport {
        if (daysOfData < 0 || triggers == null) {
            throw new IllegalArgumentException("daysOfData: must be 0 or more; triggers: must be given");
        }
        triggers = List.copyOf(triggers);
    }
}
