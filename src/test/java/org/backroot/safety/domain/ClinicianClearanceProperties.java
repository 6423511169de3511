package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.safety.domain.SafetyHistories.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A clinician's clearance covers what was told before it and nothing after it; order still does not matter. */
class ClinicianClearanceProperties {

    private static final LocalDate START = LocalDate.of(2026, 5, 4);
    private static final LocalDate ASSESSED = START.plusDays(30);
    private static final Map<String, Symptom> SYMPTOM_BY_ITEM = Arrays.stream(Symptom.values())
            .collect(Collectors.toMap(Symptom::linkId, Function.identity()));

    private final SafetyPolicyProperties signs = new SafetyPolicyProperties();

    @Provide
    Arbitrary<Map<String, String>> signs() {
        return signs.signs();
    }

    @Provide
    Arbitrary<Set<RedFlagCondition>> ruledOut() {
        return Arbitraries.of(RedFlagCondition.class).set();
    }

    @Provide
    Arbitrary<List<Symptom>> later() {
        return Arbitraries.of(Symptom.class).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 300)
    void aClearanceNeverHidesASymptomReportedAfterIt(@ForAll("signs") Map<String, String> before, @ForAll("ruledOut") Set<RedFlagCondition> ruledOut,
            @ForAll("later") List<Symptom> after) {
        SafetyStatus alone = person().screen(START).checkIn(ASSESSED.plusDays(2), after.toArray(Symptom[]::new)).status();
        SafetyStatus cleared = person().screen(START, SafetyPolicyProperties.flatten(before))
                .clinicianRecords(ASSESSED, ASSESSED.plusDays(1), ruledOut)
                .checkIn(ASSESSED.plusDays(2), after.toArray(Symptom[]::new)).status();
        if (!alone.programAllowed()) assertThat(cleared.programAllowed()).isFalse();
        assertThat(cleared.status()).isGreaterThanOrEqualTo(alone.status());
    }

    @Property(tries = 200)
    void aClearanceNeverHidesAScreenAnsweredAfterIt(@ForAll("signs") Map<String, String> before, @ForAll("ruledOut") Set<RedFlagCondition> ruledOut,
            @ForAll("signs") Map<String, String> after) {
        SafetyStatus alone = person().screen(START).screen(ASSESSED.plusDays(2), SafetyPolicyProperties.flatten(after)).status();
        SafetyStatus cleared = person().screen(START, SafetyPolicyProperties.flatten(before))
                .clinicianRecords(ASSESSED, ASSESSED.plusDays(1), ruledOut)
                .screen(ASSESSED.plusDays(2), SafetyPolicyProperties.flatten(after)).status();
        if (!alone.programAllowed()) assertThat(cleared.programAllowed()).isFalse();
        assertThat(cleared.status()).isGreaterThanOrEqualTo(alone.status());
    }

    @Property(tries = 200)
    void whatStaysOpenIsExactlyWhatBearsOnAConditionNotRuledOut(@ForAll("signs") Map<String, String> before,
            @ForAll("ruledOut") Set<RedFlagCondition> ruledOut) {
        SafetyStatus with = person().screen(START, SafetyPolicyProperties.flatten(before))
                .clinicianRecords(ASSESSED, ASSESSED.plusDays(1), ruledOut).status();
        // the same person had they answered only the items the clinician's clearance cannot cover
        Map<String, String> uncovered = before.entrySet().stream()
                .filter(e -> !ruledOut.containsAll(SafetyPolicy.conditionsOf(RedFlagScreening.INSTRUMENT, e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        SafetyStatus onlyUncovered = person().screen(START, SafetyPolicyProperties.flatten(uncovered)).status();
        if (!with.clinicianCleared()) {
            assertThat(with.reasons()).isEqualTo(onlyUncovered.reasons());
            assertThat(with.programAllowed()).isEqualTo(onlyUncovered.programAllowed());
        } else {
            assertThat(onlyUncovered.programAllowed()).isTrue();
        }
    }

    @Property(tries = 200)
    void theSameSignsBeforeAClearanceGiveTheSameResultWhicheverDayAndChannelTheyCameIn(@ForAll("signs") Map<String, String> signsGiven,
            @ForAll("ruledOut") Set<RedFlagCondition> ruledOut, @ForAll long seed) {
        SafetyStatus together = person().screen(START, SafetyPolicyProperties.flatten(signsGiven))
                .clinicianRecords(ASSESSED, ASSESSED.plusDays(1), ruledOut).status();
        Random random = new Random(seed);
        List<Map.Entry<String, String>> shuffled = new ArrayList<>(signsGiven.entrySet());
        Collections.shuffle(shuffled, random);
        SafetyHistories apart = person().screen(START);
        for (Map.Entry<String, String> sign : shuffled) {
            LocalDate day = START.plusDays(random.nextInt(30));
            Symptom symptom = SYMPTOM_BY_ITEM.get(sign.getKey());
            if (symptom != null && "yes".equals(sign.getValue()) && random.nextBoolean()) apart.checkIn(day, symptom);
            else apart.screen(day, sign.getKey(), sign.getValue());
        }
        apart.clinicianRecords(ASSESSED, ASSESSED.plusDays(1), ruledOut);
        assertThat(apart.status()).isEqualTo(together);
    }

    @Property(tries = 200)
    void signsToldBeforeAClearanceThatRuledOutEveryConditionNeverPauseTheProgram(@ForAll("signs") Map<String, String> before) {
        SafetyStatus status = person().screen(START, SafetyPolicyProperties.flatten(before))
                .clinicianRecords(ASSESSED, ASSESSED.plusDays(1), EnumSet.allOf(RedFlagCondition.class)).status();
        assertThat(status.programAllowed()).isTrue();
    }
}
