package org.backroot.safety.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What positive signs add up to. Red flags one by one have high false-positive rates, so single
 * soft signs (a past cancer, a weakened immune system) ask for a GP visit, while two or more
 * signs of the same condition ask for same-day care. Signs of nerve trouble together with signs of
 * a growth are treated as an emergency, as possible pressure on the spinal cord.
 */
final class RedFlagRules {

    private RedFlagRules() {
    }

    static List<Reason> reasonsFor(List<PositiveSign> signs) {
        List<Reason> reasons = new ArrayList<>();
        for (PositiveSign sign : signs) {
            if (sign.ownOutcome() != null) reasons.add(new Reason(sign.linkId(), sign.condition(), sign.ownOutcome(), sign.message()));
        }
        reasons.addAll(combinedSigns(signs));
        nervesWithGrowthSigns(signs).ifPresent(reasons::add);
        return reasons;
    }

    /** Two or more signs of one condition: at least urgent, but only worth a reason if that raises the outcome. */
    private static List<Reason> combinedSigns(List<PositiveSign> signs) {
        Map<RedFlagCondition, List<PositiveSign>> byCondition = signs.stream()
                .collect(Collectors.groupingBy(PositiveSign::condition, () -> new EnumMap<>(RedFlagCondition.class), Collectors.toList()));
        List<Reason> reasons = new ArrayList<>();
        byCondition.forEach((condition, group) -> {
            if (group.size() < 2) return;
            SafetyOutcome single = group.stream().map(PositiveSign::ownOutcome).filter(o -> o != null)
                    .reduce(SafetyOutcome.CLEAR, SafetyOutcome::max);
            if (single.isAtLeast(SafetyOutcome.URGENT)) return;
            reasons.add(new Reason(joinedLinkIds(group), condition, SafetyOutcome.URGENT, SafetyMessages.together(condition)));
        });
        return reasons;
    }

    private static Optional<Reason> nervesWithGrowthSigns(List<PositiveSign> signs) {
        List<PositiveSign> growth = signs.stream()
                .filter(s -> s.condition() == RedFlagCondition.MALIGNANCY && s.ownOutcome() != null).toList();
        List<PositiveSign> nerves = signs.stream()
                .filter(s -> s.condition() == RedFlagCondition.NEURO_DEFICIT).toList();  // cauda equina is an emergency already
        if (growth.isEmpty() || nerves.isEmpty()) return Optional.empty();
        List<PositiveSign> both = new ArrayList<>(growth);
        both.addAll(nerves);
        return Optional.of(new Reason(joinedLinkIds(both), RedFlagCondition.MALIGNANCY, SafetyOutcome.EMERGENCY,
                SafetyMessages.NERVES_WITH_GROWTH_SIGNS));
    }

    static String joinedLinkIds(List<PositiveSign> signs) {
        return signs.stream().map(PositiveSign::linkId).distinct().collect(Collectors.joining("+"));
    }
}
