package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backroot.web.domain.ValidationException;

class SelfTestValuesProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Property(tries = 500)
    void fromMapThrowsNothingButValidationException(@ForAll("looseMaps") Map<String, Object> raw) {
        Throwable thrown = catchThrowable(() -> SelfTestValues.fromMap(raw, TODAY));
        assertThat(thrown).satisfiesAnyOf(
                t -> assertThat(t).isNull(),
                t -> assertThat(t).isInstanceOf(ValidationException.class));
    }

    @Property(tries = 300)
    void validValuesRoundTripThroughStorage(@ForAll("validMaps") Map<String, Object> raw) {
        SelfTestValues values = SelfTestValues.fromMap(raw, TODAY);
        assertThat(SelfTestValues.fromMap(values.toMap(), TODAY)).isEqualTo(values);
    }

    @Property(tries = 300)
    void evaluatorAlwaysGivesSeveritiesWithinRange(@ForAll("validMaps") Map<String, Object> raw) {
        SelfTestValues values = SelfTestValues.fromMap(raw, TODAY);
        List<Finding> findings = new SelfTestEvaluator(SelfTestThresholds.defaults()).evaluate(values);
        // "short of breath at rest" qualifies the breath-hold result and gives no finding of its own
        boolean onlyBreathlessness = values.toMap().keySet().stream().allMatch(k -> k.equals(SelfTestValues.TAKEN_ON) || k.equals("breathlessAtRest"));
        if (!onlyBreathlessness) assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isBetween(0, 100));
        assertThat(findings).allSatisfy(f -> assertThat(f.flagged()).isEqualTo(f.severity() > 0));
    }

    /** Keys are mostly real field names so values get parsed; values are of every type a loose JSON map can hold. */
    @Provide
    Arbitrary<Map<String, Object>> looseMaps() {
        Arbitrary<String> keys = Arbitraries.oneOf(
                Arbitraries.of(SelfTestField.values()).map(SelfTestField::key),
                Arbitraries.just(SelfTestValues.TAKEN_ON),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<Object> values = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.POSITIVE_INFINITY).map(d -> (Object) d),
                Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s),
                Arbitraries.of("", " ", "12", "12,5", "-3", "1e3", "NaN", "pass", "POSITIVE", "chest", "2026-03-01", "2099-01-01")
                        .map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(List.of(1, 2)),
                Arbitraries.just(Map.of("a", 1)),
                Arbitraries.just(LocalDate.of(2030, 1, 1)));
        return Arbitraries.maps(keys, values.injectNull(0.1)).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Map<String, Object>> validMaps() {
        return SelfTestArbitraries.validRawMaps();
    }
}
