package org.backroot.safety.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.backroot.assessment.domain.AnswerSet;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.Item;
import org.backroot.assessment.domain.RedFlagSpec;

/**
 * Turns answers to a screening instrument (or symptoms from a daily check-in) into a
 * {@link ScreeningResult}. The highest outcome wins. Rules, beyond each item's own outcome:
 * <ul>
 *   <li>two or more signs of one condition → at least urgent ({@link RedFlagRules});</li>
 *   <li>nerve signs together with growth signs → emergency;</li>
 *   <li>axial spondyloarthritis (NICE NG65): when every gate is met, 4+ criteria → see-doctor
 *       (ask about a rheumatology referral), exactly 3 → see-doctor (ask about an HLA-B27 blood test);</li>
 *   <li>"not sure" on a question whose "yes" is urgent or emergency → see-doctor, because we cannot
 *       rule the sign out, yet sending everyone unsure to an emergency department would do more harm than good.</li>
 * </ul>
 */
public final class RedFlagEvaluator {

    private static final int AXIAL_SPA_REFER = 4;
    private static final int AXIAL_SPA_BLOOD_TEST = 3;

    private RedFlagEvaluator() {
    }

    /** @throws IllegalArgumentException when the instrument is not a screening or the answers belong elsewhere */
    public static ScreeningResult evaluate(Instrument instrument, AnswerSet answers) {
        if (instrument.purpose() != InstrumentPurpose.SCREENING) {
            throw new IllegalArgumentException("instrument '" + instrument.id() + "' is not a screening instrument");
        }
        if (!instrument.id().equals(answers.instrumentId())) {
            throw new IllegalArgumentException("answers are for '" + answers.instrumentId() + "', not '" + instrument.id() + "'");
        }
        List<Reason> reasons = new ArrayList<>(RedFlagRules.reasonsFor(positiveSigns(instrument, answers)));
        reasons.addAll(unsureAnswers(instrument, answers));
        reasons.addAll(axialSpondyloarthritis(instrument, answers));
        return ScreeningResult.of(reasons);
    }

    /** Re-evaluates from symptoms reported later, e.g. in the daily check-in. */
    public static ScreeningResult evaluateSymptoms(Collection<Symptom> symptoms) {
        List<PositiveSign> signs = symptoms.stream().distinct().sorted()
                .map(symptom -> new PositiveSign(symptom.code(), symptom.condition(), symptom.outcome(), symptom.message()))
                .toList();
        return ScreeningResult.of(RedFlagRules.reasonsFor(signs));
    }

    private static List<PositiveSign> positiveSigns(Instrument instrument, AnswerSet answers) {
        List<PositiveSign> signs = new ArrayList<>();
        for (Item item : instrument.items()) {
            Object answer = answers.value(item.linkId()).orElse(null);
            for (RedFlagSpec spec : item.redFlags()) {
                if (spec.role() == RedFlagSpec.Role.SIGN && spec.isRaisedBy(answer)) {
                    SafetyOutcome own = spec.outcome() == null ? null : SafetyOutcome.fromJsonName(spec.outcome());
                    signs.add(new PositiveSign(item.linkId(), RedFlagCondition.fromJsonName(spec.condition()), own, spec.message()));
                }
            }
        }
        return signs;
    }

    private static List<Reason> unsureAnswers(Instrument instrument, AnswerSet answers) {
        List<Reason> reasons = new ArrayList<>();
        for (Item item : instrument.items()) {
            if (!RedFlagSpec.UNSURE.equals(answers.value(item.linkId()).orElse(null))) continue;
            item.redFlags().stream()
                    .filter(spec -> spec.outcome() != null && SafetyOutcome.fromJsonName(spec.outcome()).needsClinicianBeforeProgram())
                    .findFirst()
                    .ifPresent(spec -> reasons.add(new Reason(item.linkId(), RedFlagCondition.fromJsonName(spec.condition()),
                            SafetyOutcome.SEE_DOCTOR, SafetyMessages.unsure(item.text()))));
        }
        return reasons;
    }

    private static List<Reason> axialSpondyloarthritis(Instrument instrument, AnswerSet answers) {
        String condition = RedFlagCondition.AXIAL_SPA.jsonName();
        boolean hasGates = false;
        boolean gatesMet = true;
        List<String> criteria = new ArrayList<>();
        for (Item item : instrument.items()) {
            Object answer = answers.value(item.linkId()).orElse(null);
            for (RedFlagSpec spec : item.redFlags()) {
                if (!spec.condition().equals(condition)) continue;
                if (spec.role() == RedFlagSpec.Role.GATE) {
                    hasGates = true;
                    gatesMet &= spec.isRaisedBy(answer);
                } else if (spec.role() == RedFlagSpec.Role.CRITERION && spec.isRaisedBy(answer)) {
                    criteria.add(item.linkId());
                }
            }
        }
        if (!hasGates || !gatesMet || criteria.size() < AXIAL_SPA_BLOOD_TEST) return List.of();
        String message = criteria.size() >= AXIAL_SPA_REFER ? SafetyMessages.AXIAL_SPA_LIKELY : SafetyMessages.AXIAL_SPA_POSSIBLE;
        return List.of(new Reason(String.join("+", criteria), RedFlagCondition.AXIAL_SPA, SafetyOutcome.SEE_DOCTOR, message));
    }
}
