package org.backroot.profile.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.backroot.assessment.domain.Finding;
import org.backroot.assessment.domain.SelfTestEvaluator;
import org.backroot.assessment.domain.SelfTestThresholds;
import org.backroot.assessment.domain.SelfTestValues;

/**
 * Builds a person's profile: a 0-100 load for each of the six factors from their factor checks and latest
 * self-tests, with the drivers behind it, and the kinetic-chain reading of which regions may be the source.
 */
public final class ProfileCalculator {

    private ProfileCalculator() {
    }

    /**
     * @param checks      completed factor checks keyed by factor id (null or empty when none)
     * @param latestTests the latest self-test sitting, or null when none was done
     * @param thresholds  the cut-offs for the self-tests
     * @param now         the moment to stamp on the profile
     * @throws IllegalArgumentException when a key does not match its check's factor id
     */
    public static Profile compute(Map<String, FactorCheck> checks, SelfTestValues latestTests, SelfTestThresholds thresholds, Instant now) {
        return compute(checks, latestTests, null, thresholds, now);
    }

    /**
     * As {@link #compute(Map, SelfTestValues, SelfTestThresholds, Instant)} for a person of known age, so balance is
     * read against people of the same age.
     *
     * @param age the person's age in years (from About you), or null when not known
     */
    public static Profile compute(Map<String, FactorCheck> checks, SelfTestValues latestTests, Integer age, SelfTestThresholds thresholds,
                                  Instant now) {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(now, "now");
        Map<String, FactorCheck> byId = checks == null ? Map.of() : checks;
        byId.forEach(ProfileCalculator::requireMatchingKey);
        List<Finding> findings = latestTests == null ? List.of() : new SelfTestEvaluator(thresholds).evaluate(latestTests, age);
        Map<Factor, Integer> testScores = FactorTestScores.from(findings);
        List<FactorLoad> factors = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            factors.add(factorLoad(factor, byId.get(factor.id()), testScores.get(factor), findings));
        }
        return new Profile(now, factors, SourceRegionAnalyzer.analyze(findings),
                findings.stream().filter(Finding::seeClinician).toList(), findings.stream().filter(Finding::borderline).toList());
    }

    private static FactorLoad factorLoad(Factor factor, FactorCheck check, Integer testScore, List<Finding> findings) {
        Integer load = FactorBlend.load(factor, check == null ? null : check.load(), testScore);
        FactorLevel level = FactorLevel.of(load);
        List<Finding> flagged = findings.stream()
                .filter(Finding::flagged)
                .filter(f -> !(f.seeClinician() && factor == Factor.MOVEMENT))
                .filter(f -> TestRegions.factorOf(f.test()).filter(factor::equals).isPresent())
                .toList();
        List<FactorDrivers.Ranked> ranked = FactorDrivers.rank(check == null ? List.of() : check.items(), flagged);
        List<Driver> drivers = ranked.stream().map(FactorDrivers.Ranked::driver).toList();
        return new FactorLoad(factor.id(), factor.label(), load, level, drivers, FactorSummaries.summary(factor, level, ranked),
                check != null && check.shortScreen());
    }

    private static void requireMatchingKey(String key, FactorCheck check) {
        if (check == null) throw new IllegalArgumentException("checks must not hold a null check (key " + key + ")");
        if (!check.factorId().equals(key)) {
            throw new IllegalArgumentException("checks key " + key + " must match the check's factorId " + check.factorId());
        }
    }
}
