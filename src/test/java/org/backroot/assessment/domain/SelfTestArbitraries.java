package org.backroot.assessment.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid self-test input, shared by the self-test and profile properties. */
public final class SelfTestArbitraries {

    private SelfTestArbitraries() {
    }

    /** Raw maps with a non-empty random subset of fields, each holding a valid value. */
    public static Arbitrary<Map<String, Object>> validRawMaps() {
        Arbitrary<SelfTestField> first = Arbitraries.of(SelfTestField.values());
        return Combinators.combine(first, Arbitraries.subsetOf(SelfTestField.values())).flatAs((must, others) -> {
            Map<SelfTestField, Arbitrary<Object>> parts = new LinkedHashMap<>();
            parts.put(must, validValue(must));
            others.forEach(f -> parts.put(f, validValue(f)));
            return Combinators.combine(parts.values().stream().toList()).as(list -> {
                Map<String, Object> raw = new LinkedHashMap<>();
                int i = 0;
                for (SelfTestField field : parts.keySet()) raw.put(field.key(), list.get(i++));
                return raw;
            });
        });
    }

    /** A valid raw value for one field: a code for choices, a whole number for ratings, a 0.1-step decimal otherwise. */
    public static Arbitrary<Object> validValue(SelfTestField field) {
        if (!field.choices().isEmpty()) return Arbitraries.of(field.choices()).map(c -> (Object) c);
        if (field.wholeNumber()) return Arbitraries.integers().between((int) field.min(), (int) field.max()).map(i -> (Object) i);
        return Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(field.min()), BigDecimal.valueOf(field.max()))
                .ofScale(1)
                .map(d -> (Object) d.doubleValue());
    }
}
