package org.backroot.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backroot.assessment.domain.SelfTestArbitraries;
import org.backroot.assessment.domain.SelfTestThresholds;
import org.backroot.assessment.domain.SelfTestValues;

class ProfileProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final Instant NOW = Instant.parse("2026-03-14T10:00:00Z");

    @Property(tries = 300)
    void alwaysSixFactorsWithLoadsWithinRangeOrNull(@ForAll("checks") Map<String, FactorCheck> checks,
                                                    @ForAll("maybeTests") Map<String, Object> rawTests) {
        Profile profile = compute(checks, rawTests);

        assertThat(profile.factors()).extracting(FactorLoad::id)
                .containsExactly("movement", "stress", "posture", "inflammation", "fear", "breathing");
        assertThat(profile.factors()).allSatisfy(f -> {
            if (f.load() == null) assertThat(f.level()).isEqualTo(FactorLevel.UNKNOWN);
            else assertThat(f.load()).isBetween(0, 100);
            assertThat(f.summary()).isNotBlank();
        });
    }

    @Property(tries = 300)
    void factorsWithoutAnyDataAreUnknown(@ForAll("checks") Map<String, FactorCheck> checks) {
        Profile profile = ProfileCalculator.compute(checks, null, SelfTestThresholds.defaults(), NOW);

        assertThat(profile.factors()).allSatisfy(f ->
                assertThat(f.load() == null).isEqualTo(!checks.containsKey(f.id())));
    }

    @Property(tries = 300)
    void sourcesAreSortedMostSevereFirst(@ForAll("tests") Map<String, Object> rawTests) {
        List<SourceRegion> sources = compute(Map.of(), rawTests).sources();

        assertThat(sources).extracting(SourceRegion::severity).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(sources).extracting(SourceRegion::region).doesNotHaveDuplicates();
    }

    @Property(tries = 300)
    void swappingLeftAndRightSwapsTheNamedSide(@ForAll("tests") Map<String, Object> rawTests) {
        List<SourceRegion> original = compute(Map.of(), rawTests).sources();
        List<SourceRegion> mirrored = compute(Map.of(), mirror(rawTests)).sources();

        assertThat(mirrored).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            SourceRegion a = original.get(i);
            SourceRegion b = mirrored.stream().filter(r -> r.region() == a.region()).findFirst().orElseThrow();
            assertThat(b.severity()).isEqualTo(a.severity());
            assertThat(b.side()).isEqualTo(a.side() == null ? null : a.side().mirrored());
        }
    }

    @Provide
    Arbitrary<Map<String, Object>> tests() {
        return SelfTestArbitraries.validRawMaps();
    }

    @Provide
    Arbitrary<Map<String, Object>> maybeTests() {
        return SelfTestArbitraries.validRawMaps().injectNull(0.3);
    }

    @Provide
    Arbitrary<Map<String, FactorCheck>> checks() {
        return Arbitraries.subsetOf(Factor.values()).flatMap(factors -> {
            List<Arbitrary<FactorCheck>> parts = factors.stream().map(ProfileProperties::check).toList();
            return Combinators.combine(parts).as(list -> {
                Map<String, FactorCheck> map = new LinkedHashMap<>();
                list.forEach(c -> map.put(c.factorId(), c));
                return map;
            });
        });
    }

    private static Arbitrary<FactorCheck> check(Factor factor) {
        Arbitrary<Double> load = Arbitraries.doubles().between(0, 100);
        Arbitrary<ItemEvidence> item = Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                        Arbitraries.integers().between(0, 4))
                .as((id, points) -> new ItemEvidence(id, "facet-" + id, "Question?", "Answer", points, 4));
        return Combinators.combine(load, item.list().ofMaxSize(6)).as((l, items) -> new FactorCheck(factor.id(), l, items));
    }

    private static Profile compute(Map<String, FactorCheck> checks, Map<String, Object> rawTests) {
        SelfTestValues tests = rawTests == null ? null : SelfTestValues.fromMap(rawTests, TODAY);
        return ProfileCalculator.compute(checks, tests, SelfTestThresholds.defaults(), NOW);
    }

    /** The same sitting with every Left and Right measurement exchanged. */
    private static Map<String, Object> mirror(Map<String, Object> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> out.put(swapSide(key), value));
        return out;
    }

    private static String swapSide(String key) {
        if (key.endsWith("Left")) return key.substring(0, key.length() - 4) + "Right";
        if (key.endsWith("Right")) return key.substring(0, key.length() - 5) + "Left";
        return key;
    }
}
