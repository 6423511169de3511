package org.backroot.insights.domain;

/**
 * A link found in one person's diary between a daily exposure and their pain.
 *
 * @param lagDays  0 = the same day, 1 = the day after, up to 3
 * @param effect   pain points on days after the exposure compared with other days (negative = lower pain),
 *                 adjusted for a linear trend and for the person's other reported triggers
 * @param ciLow    lower end of the 95 % confidence interval of effect (autocorrelation-robust)
 * @param ciHigh   upper end of that interval
 * @param qValue   Benjamini-Hochberg q-value across all drivers and lags tested for this person
 * @param sentence the finding in plain words, calling weak evidence weak
 */
public record Trigger(
        TriggerDriver driver,
        int lagDays,
        TriggerDirection direction,
        double effect,
        double ciLow,
        double ciHigh,
        double qValue,
        String sentence) {

    public Trigger {
        if (driver == null || direction == null || sentence == null) {
            throw new IllegalArgumentException("driver, direction and sentence: must be given");
        }
        if (lagDays < 0 || lagDays > TriggerSettings.MAX_LAG) {
            throw new IllegalArgumentException("lagDays: must be 0 to 3, was " + lagDays);
        }
        if (!(ciLow <= effect && effect <= ciHigh)) {
            throw new IllegalArgumentException("ciLow, effect, ciHigh: must be in that order");
        }
        if (!(qValue >= 0 && qValue <= 1)) {
            throw new IllegalArgumentException("qValue: must be between 0 and 1, was " + qValue);
        }
    }
}
