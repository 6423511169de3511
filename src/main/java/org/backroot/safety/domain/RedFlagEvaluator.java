package org.backroot.safety.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.backroot.assessment.domain.AnswerSet;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.Item;
import org.backroot.assessment.domain.RedFlagSpec;

/**
 * Turns answers to the screening instrument into a {@link ScreeningResult}. The answers may come from one
 * screen or be the union of everything a person told us over time (several screens, check-in symptoms,
 * facts about them): each item counts once however often it was answered, and the result depends only on
 * the set of answers, never on their order or channel. The highest outcome wins. Rules, beyond each
 * sign's own outcome, are in {@link RedFlagRules}, plus:
 * <ul>
 *   <li>axial spondyloarthritis (NICE NG65): when every gate is met, 4+ criteria → see-doctor
 *       (ask about a rheumatology referral), exactly 3 → see-doctor (ask about an HLA-B27 blood test);</li>
 *   <li>"not sure" on a question whose "yes" is urgent or emergency → see-doctor, because we cannot rule the
 *       sign out; for the nerves at the base of the spine (cauda equina) with a same-day instruction and a
 *       self-check in plain words;</li>
 *   <li>"not sure" on a silent sign (a past cancer, weight loss, fever) counts in combinations.</li>
 * </ul>
 */
public final class RedFlagEvaluator {

    private static final int AXIAL_SPA_REFER = 4;
    private static final int AXIAL_SPA_BLOOD_TEST = 3;
    static final String OLDER_AGE_ITEM = "age-over-50";
    static final String CANCER_TREATMENT_ITEM = "active-cancer-treatment";
    static final String BONE_MEDICATION_ITEM = "osteoporosis-medication";

    private RedFlagEvaluator() {
    }

    /** The screening items the person answered behind these reasons (facts from "about you" left out), in order. */
    public static List<String> answeredItems(List<Reason> reasons) {
        Set<String> facts = Set.of(OLDER_AGE_ITEM, CANCER_TREATMENT_ITEM, BONE_MEDICATION_ITEM);
        return reasons.stream().flatMap(r -> List.of(r.linkId().split("\\+")).stream())
                .filter(item -> !facts.contains(item)).distinct().toList();
    }

    /** One completed screen on its own. @throws IllegalArgumentException when the instrument is not a screening or the answers belong elsewhere */
    public static ScreeningResult evaluate(Instrument instrument, AnswerSet answers) {
        if (!instrument.id().equals(answers.instrumentId())) {
            throw new IllegalArgumentException("answers are for '" + answers.instrumentId() + "', not '" + instrument.id() + "'");
        }
        return evaluate(instrument, observations(instrument, answers.values()), PersonFacts.UNKNOWN);
    }

    /** The answers of one screen as observations (unanswered items left out). */
    public static List<Observation> observations(Instrument instrument, Map<String, ?> answers) {
        List<Observation> out = new ArrayList<>();
        for (Item item : instrument.items()) {
            Object value = answers.get(item.linkId());
            if (value != null) out.add(new Observation(item.linkId(), value));
        }
        return out;
    }

    /**
     * Everything the person told us, together.
     *
     * @throws IllegalArgumentException when the instrument is not a screening or an observation names no item of it
     */
    public static ScreeningResult evaluate(Instrument instrument, Collection<Observation> observations, PersonFacts facts) {
        if (instrument.purpose() != InstrumentPurpose.SCREENING) {
            throw new IllegalArgumentException("instrument '" + instrument.id() + "' is not a screening instrument");
        }
        Map<String, Set<Object>> valuesByItem = valuesByItem(instrument, observations);
        List<PositiveSign> signs = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        List<String> unsureCaudaEquina = new ArrayList<>();
        for (Item item : instrument.items()) {
            Set<Object> values = valuesByItem.getOrDefault(item.linkId(), Set.of());
            if (values.isEmpty()) continue;
            List<PositiveSign> raised = raisedSigns(item, values);
            signs.addAll(raised);
            if (values.contains(RedFlagSpec.UNSURE) && raised.isEmpty()) {
                signs.addAll(unsureSigns(item));
                unsureReason(item).ifPresent(reason -> {
                    reasons.add(reason);
                    if (reason.condition() == RedFlagCondition.CAUDA_EQUINA) unsureCaudaEquina.add(item.linkId());
                });
            }
        }
        signs.addAll(factSigns(facts));
        reasons.addAll(0, RedFlagRules.reasonsFor(signs, unsureCaudaEquina));
        reasons.addAll(axialSpondyloarthritis(instrument, valuesByItem));
        return ScreeningResult.of(reasons);
    }

    private static Map<String, Set<Object>> valuesByItem(Instrument instrument, Collection<Observation> observations) {
        Set<String> known = instrument.items().stream().map(Item::linkId).collect(Collectors.toSet());
        Map<String, Set<Object>> byItem = new java.util.HashMap<>();
        for (Observation o : observations) {
            if (!known.contains(o.linkId())) {
                throw new IllegalArgumentException("'" + o.linkId() + "' is not an item of '" + instrument.id() + "'");
            }
            byItem.computeIfAbsent(o.linkId(), k -> new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()))).add(o.value());
        }
        return byItem;
    }

    /** One sign per spec an answer raises, however many answers raise it. */
    private static List<PositiveSign> raisedSigns(Item item, Set<Object> values) {
        Set<PositiveSign> signs = new LinkedHashSet<>();
        for (RedFlagSpec spec : item.redFlags()) {
            if (spec.role() != RedFlagSpec.Role.SIGN) continue;
            if (values.stream().anyMatch(spec::isRaisedBy)) {
                SafetyOutcome own = spec.outcome() == null ? null : SafetyOutcome.fromJsonName(spec.outcome());
                signs.add(new PositiveSign(item.linkId(), RedFlagCondition.fromJsonName(spec.condition()), own, spec.message(),
                        PositiveSign.Kind.of(spec.kind()), false));
            }
        }
        return new ArrayList<>(signs);
    }

    private static List<PositiveSign> unsureSigns(Item item) {
        return item.redFlags().stream()
                .filter(spec -> spec.role() == RedFlagSpec.Role.SIGN && spec.unsureCounts())
                .map(spec -> new PositiveSign(item.linkId(), RedFlagCondition.fromJsonName(spec.condition()), null, null,
                        PositiveSign.Kind.of(spec.kind()), true))
                .toList();
    }

    private static java.util.Optional<Reason> unsureReason(Item item) {
        return item.redFlags().stream()
                .filter(spec -> spec.outcome() != null && SafetyOutcome.fromJsonName(spec.outcome()).needsClinicianBeforeProgram())
                .findFirst()
                .map(spec -> {
                    RedFlagCondition condition = RedFlagCondition.fromJsonName(spec.condition());
                    boolean caudaEquina = condition == RedFlagCondition.CAUDA_EQUINA;
                    String message = caudaEquina ? SafetyMessages.unsureCaudaEquina(item.text()) : SafetyMessages.unsure(item.text());
                    return new Reason(item.linkId(), condition, SafetyOutcome.SEE_DOCTOR, message, caudaEquina);
                });
    }

    /** Facts from "about you": never an outcome alone, only counted together with signs the person has. */
    private static List<PositiveSign> factSigns(PersonFacts facts) {
        List<PositiveSign> signs = new ArrayList<>();
        if (facts.olderThan50()) {
            signs.add(new PositiveSign(OLDER_AGE_ITEM, RedFlagCondition.MALIGNANCY, null, null, PositiveSign.Kind.AGE, false));
            signs.add(new PositiveSign(OLDER_AGE_ITEM, RedFlagCondition.FRACTURE, null, null, PositiveSign.Kind.AGE, false));
        }
        if (Boolean.TRUE.equals(facts.activeCancerTreatment())) {
            signs.add(new PositiveSign(CANCER_TREATMENT_ITEM, RedFlagCondition.MALIGNANCY, null, null, PositiveSign.Kind.HISTORY, false));
        }
        if (Boolean.TRUE.equals(facts.osteoporosisMedication())) {
            signs.add(new PositiveSign(BONE_MEDICATION_ITEM, RedFlagCondition.FRACTURE, null, null, PositiveSign.Kind.HISTORY, false));
        }
        return signs;
    }

    private static List<Reason> axialSpondyloarthritis(Instrument instrument, Map<String, Set<Object>> valuesByItem) {
        String condition = RedFlagCondition.AXIAL_SPA.jsonName();
        boolean hasGates = false;
        boolean gatesMet = true;
        List<String> criteria = new ArrayList<>();
        for (Item item : instrument.items()) {
            Set<Object> values = valuesByItem.getOrDefault(item.linkId(), Set.of());
            for (RedFlagSpec spec : item.redFlags()) {
                if (!spec.condition().equals(condition)) continue;
                boolean raised = values.stream().anyMatch(spec::isRaisedBy);
                if (spec.role() == RedFlagSpec.Role.GATE) {
                    hasGates = true;
                    gatesMet &= raised;
                } else if (spec.role() == RedFlagSpec.Role.CRITERION && raised) {
                    criteria.add(item.linkId());
                }
            }
        }
        if (!hasGates || !gatesMet || criteria.size() < AXIAL_SPA_BLOOD_TEST) return List.of();
        String message = criteria.size() >= AXIAL_SPA_REFER ? SafetyMessages.AXIAL_SPA_LIKELY : SafetyMessages.AXIAL_SPA_POSSIBLE;
        return List.of(new Reason(String.join("+", criteria), RedFlagCondition.AXIAL_SPA, SafetyOutcome.SEE_DOCTOR, message));
    }
}
