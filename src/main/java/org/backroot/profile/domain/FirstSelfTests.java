package org.backroot.profile.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The self-tests of the first visit: at most {@value #MAX_TESTS}, chosen by what the short factor screens point to,
 * and together no longer than {@value #MAX_MINUTES} minutes, so the path to a first plan stays within 15 minutes.
 * The rest come later, one small step a day.
 *
 * <p>Only movement, posture and breathing have self-tests. A factor the short screen places at moderate or high
 * points to its tests, the heavier factor first; they take turns, one test each, from a short list of quick tests
 * that tell the plan the most (for movement, the ankle and the hip hinge first: the kinetic-chain reading needs
 * them). When no factor is pointed to, one quick movement test still gives the plan a starting point.
 */
public final class FirstSelfTests {

    public static final int MAX_TESTS = 3;
    public static final int MAX_MINUTES = 8;

    /** Quick, telling tests per factor, most useful first. */
    static final Map<Factor, List<String>> CANDIDATES = Map.of(
            Factor.MOVEMENT, List.of("knee-to-wall", "hip-hinge", "shoulder-flexion"),
            Factor.POSTURE, List.of("occiput-to-wall"),
            Factor.BREATHING, List.of("breathing-pattern", "breath-hold"));

    private FirstSelfTests() {
    }

    /**
     * @param levels  each factor's level from the first look (missing or unknown: not pointed to)
     * @param minutes the minutes each self-test takes, by key (from its guide)
     * @return the keys of the chosen tests, in the order to do them
     */
    public static List<String> choose(Map<Factor, FactorLevel> levels, Map<String, Integer> minutes) {
        List<Factor> pointed = CANDIDATES.keySet().stream()
                .filter(f -> rank(levels.get(f)) > 0)
                .sorted(Comparator.comparingInt((Factor f) -> -rank(levels.get(f))).thenComparing(Factor::ordinal))
                .toList();
        if (pointed.isEmpty()) pointed = List.of(Factor.MOVEMENT);
        List<String> chosen = new ArrayList<>();
        int used = 0;
        for (int round = 0; round < MAX_TESTS; round++) {
            for (Factor factor : pointed) {
                List<String> list = CANDIDATES.get(factor);
                if (round >= list.size() || chosen.size() == MAX_TESTS) continue;
                String key = list.get(round);
                Integer m = minutes.get(key);
                if (m == null) throw new IllegalArgumentException("no minutes known for self-test " + key);
                if (used + m > MAX_MINUTES) continue;
                chosen.add(key);
                used += m;
            }
        }
        return List.copyOf(chosen);
    }

    private static int rank(FactorLevel level) {
        if (level == null) return 0;
        return switch (level) {
            case HIGH -> 2;
            case MODERATE -> 1;
            case LOW, UNKNOWN -> 0;
        };
    }
}
