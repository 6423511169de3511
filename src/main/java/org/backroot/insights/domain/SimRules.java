package org.backroot.insights.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The hidden rules of one simulated person: the known truth an analysis is scored against. */
public record SimRules(List<SimRule> rules) {

    public SimRules {
        if (rules == null) {
            throw new IllegalArgumentException("rules: must be given (may be empty)");
        }
        rules = List.copyOf(rules);
    }

    public static SimRules none() {
        return new SimRules(List.of());
    }

    public static SimRules of(SimRule... rules) {
        return new SimRules(List.of(rules));
    }

    /** The pain triggers planted by these rules. */
    public List<SimPlantedTrigger> plantedTriggers() {
        return rules.stream().map(SimRule::plantedTrigger).flatMap(Optional::stream).toList();
    }

    /** Drivers that change flare odds only; their effect on pain has no single lag. */
    public Set<TriggerDriver> flareOnlyDrivers() {
        return rules.stream().map(SimRule::flareDriver).flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
