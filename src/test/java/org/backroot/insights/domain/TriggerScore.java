package org.backroot.insights.domain;

import java.util.List;

/** Recall and false-discovery rate of the trigger analysis over a simulated population. */
record TriggerScore(int planted, int found, int reported, int falseFindings) {

    static TriggerScore of(List<SimResult> population, TriggerSettings settings) {
        int planted = 0;
        int found = 0;
        int reported = 0;
        int falseFindings = 0;
        for (SimResult person : population) {
            List<SimPlantedTrigger> truth = person.truth().plantedTriggers();
            List<Trigger> triggers = TriggerAnalysis.analyze(person.days(), settings).triggers();
            planted += truth.size();
            for (Trigger t : triggers) {
                boolean flareOnly = person.truth().flareOnlyDrivers().contains(t.driver())
                        && truth.stream().noneMatch(p -> p.driver() == t.driver());
                if (flareOnly) {
                    continue;
                }
                reported++;
                if (truth.stream().anyMatch(p -> p.matches(t))) {
                    found++;
                } else {
                    falseFindings++;
                }
            }
        }
        return new TriggerScore(planted, found, reported, falseFindings);
    }

    double recall() {
        return planted == 0 ? 1 : found / (double) planted;
    }

    double fdr() {
        return reported == 0 ? 0 : falseFindings / (double) reported;
    }
}
