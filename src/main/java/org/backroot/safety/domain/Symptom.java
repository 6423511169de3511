package org.backroot.safety.domain;

import java.util.Locale;

/**
 * Red-flag symptoms a person can report later (daily check-in), each with what it means on its own.
 * {@link #toString()} is the code used in JSON and forms, e.g. {@code bladder-change}.
 */
public enum Symptom {
    BLADDER_CHANGE(RedFlagCondition.CAUDA_EQUINA, SafetyOutcome.EMERGENCY,
            "A new change in your bladder together with back pain can mean the nerves at the base of your spine are "
                    + "being pressed. Please go to an emergency department now."),
    BOWEL_CHANGE(RedFlagCondition.CAUDA_EQUINA, SafetyOutcome.EMERGENCY,
            "A new change in bowel control together with back pain can mean the nerves at the base of your spine are "
                    + "being pressed. Please go to an emergency department now."),
    SADDLE_NUMBNESS(RedFlagCondition.CAUDA_EQUINA, SafetyOutcome.EMERGENCY,
            "Numbness between your legs can mean the nerves at the base of your spine are being pressed. Please go to "
                    + "an emergency department now."),
    SEXUAL_FUNCTION_CHANGE(RedFlagCondition.CAUDA_EQUINA, SafetyOutcome.EMERGENCY,
            "A new change in sexual feeling or function together with back pain can mean the nerves at the base of "
                    + "your spine are being pressed. Please go to an emergency department now."),
    BOTH_LEGS(RedFlagCondition.CAUDA_EQUINA, SafetyOutcome.EMERGENCY,
            "Symptoms in both legs at once can mean the nerves at the base of your spine are being pressed. Please go "
                    + "to an emergency department now."),
    LEG_WEAKNESS_WORSENING(RedFlagCondition.NEURO_DEFICIT, SafetyOutcome.URGENT,
            "A leg that is getting weaker means a nerve may be under growing pressure. Please see a doctor today."),
    FOOT_DROP(RedFlagCondition.NEURO_DEFICIT, SafetyOutcome.URGENT,
            "Trouble lifting your foot can mean a nerve in your back is being pressed. Please see a doctor today."),
    NUMBNESS_SPREADING(RedFlagCondition.NEURO_DEFICIT, SafetyOutcome.URGENT,
            "Numbness that keeps spreading means a nerve may be under growing pressure. Please see a doctor today."),
    FEVER(RedFlagCondition.INFECTION, SafetyOutcome.URGENT,
            "Back pain with a fever or chills can mean an infection that needs treating quickly. Please see a doctor today."),
    UNEXPLAINED_WEIGHT_LOSS(RedFlagCondition.MALIGNANCY, SafetyOutcome.SEE_DOCTOR,
            "Losing weight without trying is worth a check-up whatever the cause. Please book a GP appointment in the "
                    + "next few days."),
    NIGHT_PAIN(RedFlagCondition.MALIGNANCY, SafetyOutcome.SEE_DOCTOR,
            "Pain at night that no change of position eases is worth showing a doctor. Please book a GP appointment in "
                    + "the next few days."),
    NEW_TRAUMA(RedFlagCondition.FRACTURE, SafetyOutcome.URGENT,
            "After a fall or accident, a doctor should check that no bone is broken before you carry on exercising. "
                    + "Please see a doctor today.");

    private final RedFlagCondition condition;
    private final SafetyOutcome outcome;
    private final String message;

    Symptom(RedFlagCondition condition, SafetyOutcome outcome, String message) {
        this.condition = condition;
        this.outcome = outcome;
        this.message = message;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Symptom fromCode(String code) {
        for (Symptom symptom : values()) {
            if (symptom.code().equals(code)) return symptom;
        }
        throw new IllegalArgumentException("symptom must be a known red-flag symptom code (such as bladder-change) but was '" + code + "'");
    }

    public RedFlagCondition condition() {
        return condition;
    }

    public SafetyOutcome outcome() {
        return outcome;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return code();
    }
}
