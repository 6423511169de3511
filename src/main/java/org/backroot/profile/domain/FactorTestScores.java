package org.backroot.profile.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backroot.assessment.domain.Finding;

/**
 * The self-test side of each factor's load, 0-100, from the latest findings. Only movement, posture and
 * breathing have self-tests. A factor whose tests were done but all came back normal scores 0 (measured, fine);
 * a factor without any of its tests done has no score (unknown, not 0).
 */
final class FactorTestScores {

    private FactorTestScores() {
    }

    static Map<Factor, Integer> from(List<Finding> findings) {
        Map<Factor, List<Finding>> byFactor = new EnumMap<>(Factor.class);
        for (Finding f : findings) {
            TestRegions.factorOf(f.test()).ifPresent(factor -> byFactor.computeIfAbsent(factor, k -> new ArrayList<>()).add(f));
        }
        Map<Factor, Integer> scores = new EnumMap<>(Factor.class);
        byFactor.forEach((factor, list) -> scores.put(factor, factor == Factor.MOVEMENT ? movement(list) : combined(list)));
        return scores;
    }

    /**
     * Movement is scored per region first (ankle, hip, upper back, shoulder, trunk control), then across regions,
     * so three findings at one hip do not outweigh one finding each at two separate links of the chain.
     * Head-to-wall belongs to posture and is left out here; the toe touch, which places no region, counts as its
     * own group; a falls-risk balance result is a safety note, not a movement load.
     */
    private static int movement(List<Finding> findings) {
        Map<BodyRegion, List<Integer>> byRegion = new EnumMap<>(BodyRegion.class);
        List<Integer> withoutRegion = new ArrayList<>();
        for (Finding f : findings) {
            if (f.seeClinician()) continue;
            TestRegions.regionOf(f.test()).ifPresentOrElse(r -> byRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(f.severity()),
                    () -> withoutRegion.add(f.severity()));
        }
        List<Integer> perGroup = new ArrayList<>(byRegion.values().stream().map(SeverityMath::strongestPlusHalf).toList());
        if (!withoutRegion.isEmpty()) perGroup.add(SeverityMath.strongestPlusHalf(withoutRegion));
        return SeverityMath.strongestPlusHalf(perGroup);
    }

    private static int combined(List<Finding> findings) {
        return SeverityMath.strongestPlusHalf(findings.stream().map(Finding::severity).toList());
    }
}
