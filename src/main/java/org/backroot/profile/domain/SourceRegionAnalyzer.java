package org.backroot.profile.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.backroot.assessment.domain.Finding;
import org.backroot.assessment.domain.FindingSide;

/** Reads the kinetic chain: which regions have flagged findings, on which side, and how strongly. */
final class SourceRegionAnalyzer {

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator.comparingInt(TestRegions::regionalSeverity).reversed();

    private SourceRegionAnalyzer() {
    }

    /**
     * Regions with at least one flagged finding, most severe first (ties in body order, ankle to core). Borderline
     * findings and findings that ask for a clinician's check never place a region.
     */
    static List<SourceRegion> analyze(List<Finding> findings) {
        return flaggedByRegion(findings).entrySet().stream()
                .map(e -> region(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SourceRegion::severity).reversed()
                        .thenComparing(SourceRegion::region))
                .toList();
    }

    private static Map<BodyRegion, List<Finding>> flaggedByRegion(List<Finding> findings) {
        Map<BodyRegion, List<Finding>> byRegion = new EnumMap<>(BodyRegion.class);
        for (Finding f : findings) {
            TestRegions.sourceRegionOf(f).ifPresent(r -> byRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(f));
        }
        return byRegion;
    }

    private static SourceRegion region(BodyRegion region, List<Finding> flagged) {
        List<Finding> strongestFirst = flagged.stream().sorted(STRONGEST_FIRST).toList();
        int severity = SeverityMath.strongestPlusHalf(flagged.stream().map(TestRegions::regionalSeverity).toList());
        return new SourceRegion(region, side(flagged), severity, strongestFirst, compensation(flagged));
    }

    /**
     * One side when only that side is implicated (a restriction there, or the lower side of an asymmetry);
     * both when both sides are; null when no finding has a side (hip hinge, toe touch, head-to-wall).
     */
    static FindingSide side(List<Finding> flagged) {
        Set<FindingSide> sides = flagged.stream().map(Finding::side).filter(Objects::nonNull).collect(Collectors.toSet());
        if (sides.isEmpty()) return null;
        if (sides.contains(FindingSide.BOTH) || sides.size() > 1) return FindingSide.BOTH;
        return sides.iterator().next();
    }

    private static String compensation(List<Finding> flagged) {
        return LumbarCompensation.of(flagged, LumbarCompensation::of);
    }
}
