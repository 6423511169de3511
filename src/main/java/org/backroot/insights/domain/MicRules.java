package org.backroot.insights.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal important changes for each measure, with sources. Defaults follow the clinical facts file:
 * <ul>
 * <li>Pain 0-10: 2 points or 30 % (Ostelo et al., Spine 2008, consensus).</li>
 * <li>PSFS mean: 2 points (MDC90 about 2 for the mean of activities; MCID about 2, unverified).</li>
 * <li>One PSFS activity: 3 points (MDC90 about 3 for a single activity).</li>
 * <li>PEG: 30 % (unverified).</li>
 * <li>ODI 0-100: 10 points or 30 %; RMDQ 0-24: 5 points or 30 % (Ostelo et al., Spine 2008).</li>
 * <li>Factor loads 0-100: none published; 15 points is Backroot's own rule of thumb.</li>
 * </ul>
 *
 * @param rules one rule per measure, every measure covered
 */
public record MicRules(Map<MicMeasure, MicRule> rules) {

    public MicRules {
        if (rules == null) throw new IllegalArgumentException("rules: must be given");
        Map<MicMeasure, MicRule> copy = new EnumMap<>(MicMeasure.class);
        rules.forEach((measure, rule) -> {
            if (rule == null || rule.measure() != measure) throw new IllegalArgumentException("rules: the rule for " + measure + " must be for that measure");
            copy.put(measure, rule);
        });
        for (MicMeasure m : MicMeasure.values()) {
            if (!copy.containsKey(m)) throw new IllegalArgumentException("rules: a rule for " + m + " is missing");
        }
        rules = Map.copyOf(copy);
    }

    private static final String OSTELO = "Ostelo et al., Spine 2008: consensus on minimal important change in low back pain";

    public static MicRules defaults() {
        return of(List.of(
                new MicRule(MicMeasure.PAIN_NRS, 2.0, 30.0, MicBasis.PUBLISHED, OSTELO + " (pain 0-10: 2 points or 30 %)"),
                new MicRule(MicMeasure.PSFS, 2.0, null, MicBasis.PUBLISHED,
                        "Patient-Specific Functional Scale: smallest detectable change (MDC90) about 2 points for the mean "
                                + "of activities; MCID about 2 (unverified)"),
                new MicRule(MicMeasure.PSFS_ACTIVITY, 3.0, null, MicBasis.PUBLISHED,
                        "Patient-Specific Functional Scale: smallest detectable change (MDC90) about 3 points for a single activity"),
                new MicRule(MicMeasure.PEG, null, 30.0, MicBasis.UNVERIFIED,
                        "PEG (Krebs et al. 2009): about 30 % is commonly used as meaningful; not checked against the original"),
                new MicRule(MicMeasure.ODI, 10.0, 30.0, MicBasis.PUBLISHED, OSTELO + " (ODI 0-100: 10 points or 30 %)"),
                new MicRule(MicMeasure.RMDQ, 5.0, 30.0, MicBasis.PUBLISHED, OSTELO + " (RMDQ 0-24: 5 points or 30 %)"),
                new MicRule(MicMeasure.FACTOR_LOAD, 15.0, null, MicBasis.BACKROOT_HEURISTIC,
                        "No published minimal important change for Backroot's factor loads: 15 of 100 points is Backroot's own rule of thumb")));
    }

    public static MicRules of(Collection<MicRule> rules) {
        Map<MicMeasure, MicRule> map = new EnumMap<>(MicMeasure.class);
        for (MicRule r : rules) {
            if (map.put(r.measure(), r) != null) throw new IllegalArgumentException("rules: two rules for " + r.measure());
        }
        return new MicRules(map);
    }

    public MicRule rule(MicMeasure measure) {
        return rules.get(measure);
    }

    /** These rules with one replaced. */
    public MicRules with(MicRule rule) {
        Map<MicMeasure, MicRule> map = new EnumMap<>(rules);
        map.put(rule.measure(), rule);
        return new MicRules(map);
    }
}
