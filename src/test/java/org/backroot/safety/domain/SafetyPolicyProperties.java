package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.safety.domain.SafetyHistories.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backroot.assessment.domain.Item;

/** Safety is order-invariant: the same signs give the same result whichever day and channel they came in. */
class SafetyPolicyProperties {

    private static final LocalDate START = LocalDate.of(2026, 5, 4);
    private static final Map<String, Symptom> SYMPTOM_BY_ITEM = Arrays.stream(Symptom.values())
            .collect(Collectors.toMap(Symptom::linkId, Function.identity()));
    private static final List<Item> YES_NO_ITEMS = RedFlagScreening.INSTRUMENT.items().stream()
            .filter(i -> i.option("yes").isPresent()).toList();

    @Property(tries = 300)
    void theSameSignsGiveTheSameResultWhicheverDayAndChannelTheyCameIn(@ForAll("signs") Map<String, String> signs,
            @ForAll long seed) {
        SafetyStatus together = person().screen(START, flatten(signs)).status();

        Random random = new Random(seed);
        List<Map.Entry<String, String>> shuffled = new ArrayList<>(signs.entrySet());
        Collections.shuffle(shuffled, random);
        SafetyHistories apart = person().screen(START);
        for (Map.Entry<String, String> sign : shuffled) {
            LocalDate day = START.plusDays(random.nextInt(30));
            Symptom symptom = SYMPTOM_BY_ITEM.get(sign.getKey());
            if (symptom != null && "yes".equals(sign.getValue()) && random.nextBoolean()) apart.checkIn(day, symptom);
            else apart.screen(day, sign.getKey(), sign.getValue());
        }
        assertThat(apart.status()).isEqualTo(together);
    }

    @Property(tries = 200)
    void repeatingASignOrAddingAnAllNoScreenChangesNothing(@ForAll("signs") Map<String, String> signs) {
        SafetyStatus once = person().screen(START, flatten(signs)).status();
        SafetyStatus twice = person().screen(START, flatten(signs)).screen(START.plusDays(3), flatten(signs)).screen(START.plusDays(9)).status();
        assertThat(twice).isEqualTo(once);
    }

    @Property(tries = 200)
    void aNewScreenNeverLiftsAPausedProgram(@ForAll("signs") Map<String, String> before, @ForAll("signs") Map<String, String> after) {
        SafetyStatus first = person().screen(START, flatten(before)).status();
        SafetyStatus then = person().screen(START, flatten(before)).screen(START.plusDays(1), flatten(after)).status();
        if (!first.programAllowed()) assertThat(then.programAllowed()).isFalse();
        assertThat(then.status().compareTo(first.status())).isGreaterThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<Map<String, String>> signs() {
        return Arbitraries.of(YES_NO_ITEMS).flatMap(item -> Arbitraries.of(values(item)).map(v -> Map.entry(item.linkId(), v)))
                .list().ofMaxSize(5)
                .map(entries -> entries.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a)));
    }

    private static List<String> values(Item item) {
        return item.options().stream().map(o -> o.value().toString()).filter(v -> !v.equals("no")).toList();
    }

    static Object[] flatten(Map<String, String> signs) {
        return signs.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    }
}
