package org.backroot.assessment.domain;

import java.util.Optional;
import java.util.function.BiConsumer;

/** Left/right helpers shared by the two-sided self-tests. */
final class SelfTestSides {

    /** The side that did worse and by how much; {@code gap} is rounded to 0.01 so float noise cannot tip a cut-off. */
    record Gap(FindingSide worseSide, double gap) {
    }

    private SelfTestSides() {
    }

    /** Runs {@code rule} for each side that was measured, left first. */
    static <T> void each(T left, T right, BiConsumer<FindingSide, T> rule) {
        if (left != null) rule.accept(FindingSide.LEFT, left);
        if (right != null) rule.accept(FindingSide.RIGHT, right);
    }

    /** The gap between sides when both were measured and they differ, with the lower side as the worse one. */
    static Optional<Gap> lowerSide(Double left, Double right) {
        if (left == null || right == null) return Optional.empty();
        double gap = Math.round(Math.abs(left - right) * 100) / 100.0;
        if (gap == 0) return Optional.empty();
        return Optional.of(new Gap(left < right ? FindingSide.LEFT : FindingSide.RIGHT, gap));
    }
}
