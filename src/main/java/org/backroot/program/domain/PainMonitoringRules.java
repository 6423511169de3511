package org.backroot.program.domain;

/**
 * Thresholds of the pain-monitoring "traffic light" used to adapt the plan. They come from the
 * pain-monitoring model of Silbernagel 2007, which was studied in Achilles tendinopathy (0-2 safe,
 * 2-5 acceptable, above 5 too much; pain after activity should settle by the next morning). Using it
 * for the low back is an extrapolation; the values belong in configuration.
 *
 * @param acceptablePainDuring   highest pain (0-10) during an activity that is still fine; more regresses it (5)
 * @param nextMorningRiseAllowed next-morning pain this many points or more above the person's baseline
 *                               regresses the activity (2; issue 3: "at least 2 above the baseline")
 * @param adherenceToProgress    share of planned items done in each counted week, 0-1, needed to progress (0.70)
 * @param weeksToProgress        consecutive weeks of good adherence and settled responses needed to progress (2)
 */
public record PainMonitoringRules(int acceptablePainDuring, int nextMorningRiseAllowed, double adherenceToProgress, int weeksToProgress) {

    public static final PainMonitoringRules DEFAULT = new PainMonitoringRules(5, 2, 0.70, 2);

    public PainMonitoringRules {
        if (acceptablePainDuring < 0 || acceptablePainDuring > 10) {
            throw new IllegalArgumentException("acceptablePainDuring must be between 0 and 10, was " + acceptablePainDuring);
        }
        if (nextMorningRiseAllowed < 1 || nextMorningRiseAllowed > 10) {
            throw new IllegalArgumentException("nextMorningRiseAllowed must be between 1 and 10, was " + nextMorningRiseAllowed);
        }
        if (Double.isNaN(adherenceToProgress) || adherenceToProgress <= 0 || adherenceToProgress > 1) {
            throw new IllegalArgumentException("adherenceToProgress must be above 0 and at most 1, was " + adherenceToProgress);
        }
        if (weeksToProgress < 1 || weeksToProgress > 12) {
            throw new IllegalArgumentException("weeksToProgress must be between 1 and 12, was " + weeksToProgress);
        }
    }
}
