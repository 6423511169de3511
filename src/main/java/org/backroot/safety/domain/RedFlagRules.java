package org.backroot.safety.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What positive signs add up to. Red flags one by one have high false-positive rates, so single soft
 * signs ask for a GP visit, while several signs of one condition ask for more (NICE CKS; Finucane 2020):
 * <ul>
 *   <li>malignancy: two or more signs, at least one of them something the person has now (not only a past
 *       cancer or their age) → urgent;</li>
 *   <li>infection: two or more signs → urgent;</li>
 *   <li>fracture: two or more signs (fragile bones with a fall, with age over 50, or with sudden pain after a
 *       bend or cough) → see a doctor soon, and no loaded bending until a clinician has checked;</li>
 *   <li>nerve signs with a malignancy sign other than age → emergency (possible pressure on the spinal cord);</li>
 *   <li>cauda equina: two or more "not sure" answers, or one with any other cauda equina "yes" (even a
 *       long-standing one) → urgent.</li>
 * </ul>
 * Signs are counted once per item, so the same answer given twice (in a screen and a check-in) is one sign.
 */
final class RedFlagRules {

    private RedFlagRules() {
    }

    static List<Reason> reasonsFor(List<PositiveSign> signs, List<String> unsureCaudaEquinaItems) {
        List<Reason> reasons = new ArrayList<>();
        for (PositiveSign sign : signs) {
            if (sign.ownOutcome() != null) reasons.add(new Reason(sign.linkId(), sign.condition(), sign.ownOutcome(), sign.message()));
        }
        together(signs, RedFlagCondition.MALIGNANCY, SafetyOutcome.URGENT, true).ifPresent(reasons::add);
        together(signs, RedFlagCondition.INFECTION, SafetyOutcome.URGENT, false).ifPresent(reasons::add);
        together(signs, RedFlagCondition.FRACTURE, SafetyOutcome.SEE_DOCTOR, false).ifPresent(reasons::add);
        nervesWithGrowthSigns(signs).ifPresent(reasons::add);
        unsureCaudaEquina(signs, unsureCaudaEquinaItems).ifPresent(reasons::add);
        return reasons;
    }

    /** Two or more signs of one condition: worth a reason only when that raises what the signs say alone. */
    private static Optional<Reason> together(List<PositiveSign> signs, RedFlagCondition condition, SafetyOutcome outcome,
            boolean needsSymptom) {
        List<PositiveSign> group = signs.stream().filter(s -> s.condition() == condition).toList();
        if (distinctItems(group) < 2) return Optional.empty();
        if (needsSymptom && group.stream().noneMatch(s -> s.kind() == PositiveSign.Kind.SYMPTOM)) return Optional.empty();
        SafetyOutcome single = group.stream().map(PositiveSign::ownOutcome).filter(o -> o != null)
                .reduce(SafetyOutcome.CLEAR, SafetyOutcome::max);
        if (single.isAtLeast(outcome) && condition != RedFlagCondition.FRACTURE) return Optional.empty();
        if (single.isAtLeast(SafetyOutcome.URGENT)) return Optional.empty();
        return Optional.of(new Reason(joinedLinkIds(group), condition, outcome, SafetyMessages.together(condition)));
    }

    private static Optional<Reason> nervesWithGrowthSigns(List<PositiveSign> signs) {
        List<PositiveSign> growth = signs.stream()
                .filter(s -> s.condition() == RedFlagCondition.MALIGNANCY && s.kind() != PositiveSign.Kind.AGE
                        && (s.ownOutcome() != null || s.unsure() || s.kind() == PositiveSign.Kind.HISTORY))
                .toList();
        List<PositiveSign> nerves = signs.stream()
                .filter(s -> s.condition() == RedFlagCondition.NEURO_DEFICIT && !s.unsure()).toList();  // cauda equina is an emergency already
        if (growth.isEmpty() || nerves.isEmpty()) return Optional.empty();
        List<PositiveSign> both = new ArrayList<>(growth);
        both.addAll(nerves);
        return Optional.of(new Reason(joinedLinkIds(both), RedFlagCondition.MALIGNANCY, SafetyOutcome.EMERGENCY,
                SafetyMessages.NERVES_WITH_GROWTH_SIGNS));
    }

    private static Optional<Reason> unsureCaudaEquina(List<PositiveSign> signs, List<String> unsureItems) {
        if (unsureItems.isEmpty()) return Optional.empty();
        List<String> yes = signs.stream().filter(s -> s.condition() == RedFlagCondition.CAUDA_EQUINA && !s.unsure())
                .map(PositiveSign::linkId).distinct().toList();
        if (unsureItems.size() < 2 && yes.isEmpty()) return Optional.empty();
        List<String> items = new ArrayList<>(unsureItems);
        items.addAll(yes);
        String message = yes.isEmpty() ? SafetyMessages.SEVERAL_UNSURE_CAUDA_EQUINA : SafetyMessages.UNSURE_WITH_CAUDA_EQUINA_SIGN;
        return Optional.of(new Reason(items.stream().distinct().collect(Collectors.joining("+")), RedFlagCondition.CAUDA_EQUINA,
                SafetyOutcome.URGENT, message));
    }

    private static long distinctItems(Collection<PositiveSign> signs) {
        return signs.stream().map(PositiveSign::linkId).distinct().count();
    }

    static String joinedLinkIds(List<PositiveSign> signs) {
        return signs.stream().map(PositiveSign::linkId).distinct().collect(Collectors.joining("+"));
    }
}
