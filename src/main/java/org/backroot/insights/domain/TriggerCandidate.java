package org.backroot.insights.domain;

/** One driver at one lag with its estimated effect on pain, before it is turned into a sentence. */
record TriggerCandidate(TriggerDriver driver, int lag, double effect, double halfWidth, double pValue, double qValue) {

    static TriggerCandidate from(TriggerDriver driver, int lag, StatsOlsFit fit, int column, double q) {
        return new TriggerCandidate(driver, lag, fit.beta()[column], fit.halfWidth95(column), fit.pValue(column), q);
    }

    TriggerCandidate withQ(double q) {
        return new TriggerCandidate(driver, lag, effect, halfWidth, pValue, q);
    }

    /** Same q (from the screen), effect and interval from a refit alongside the other triggers. */
    TriggerCandidate refitted(StatsOlsFit fit, int column) {
        return new TriggerCandidate(driver, lag, fit.beta()[column], fit.halfWidth95(column), fit.pValue(column), qValue);
    }

    Trigger toTrigger(TriggerSettings settings) {
        TriggerDirection direction = TriggerDirection.of(effect);
        boolean weak = qValue >= settings.weakQ();
        return new Trigger(driver, lag, direction, effect, effect - halfWidth, effect + halfWidth, qValue,
                TriggerSentences.sentence(driver, lag, effect, weak));
    }
}
