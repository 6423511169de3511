package org.backroot.profile.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Combining several 0-100 severities into one. */
final class SeverityMath {

    private SeverityMath() {
    }

    /**
     * The strongest severity plus half the second strongest, capped at 100; 0 when there are none.
     * Why not the mean: testing more regions must not dilute a clear finding. Why not the sum: findings in
     * one chain overlap (a stiff hip and a shaky stance often share a cause), so a second one adds, but less.
     */
    static int strongestPlusHalf(Collection<Integer> severities) {
        List<Integer> sorted = severities.stream().sorted(Comparator.reverseOrder()).toList();
        if (sorted.isEmpty()) return 0;
        int second = sorted.size() > 1 ? sorted.get(1) : 0;
        return Math.min(100, sorted.get(0) + Math.round(second / 2f));
    }
}
