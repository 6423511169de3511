package org.backroot.safety.domain;

import java.util.Locale;

/**
 * Red-flag symptoms a person can report later (daily check-in). Each is a "yes" to one item of the red-flag
 * screen, and means exactly what that item means there: the screen's instrument file is the one place that says
 * what a sign raises. {@link #toString()} is the code used in JSON and forms, e.g. {@code bladder-change}.
 */
public enum Symptom {
    BLADDER_CHANGE("bladder-change"),
    BOWEL_CHANGE("bowel-change"),
    SADDLE_NUMBNESS("saddle-numbness"),
    SEXUAL_FUNCTION_CHANGE("sexual-function-change"),
    BOTH_LEGS("both-legs"),
    LEG_WEAKNESS_WORSENING("leg-weakness-worsening"),
    FOOT_DROP("foot-drop"),
    NUMBNESS_SPREADING("numbness-spreading"),
    FEVER("fever"),
    UNEXPLAINED_WEIGHT_LOSS("weight-loss"),
    NIGHT_PAIN("night-pain"),
    MAJOR_TRAUMA("major-trauma"),
    MINOR_TRAUMA("minor-trauma"),
    SUDDEN_SEVERE_PAIN("sudden-severe-pain"),
    FEELING_UNWELL("feeling-unwell");

    /** The code check-ins stored before falls were told apart; it was treated as urgent, so it stays a major one. */
    private static final String OLD_TRAUMA_CODE = "new-trauma";

    private final String linkId;

    Symptom(String linkId) {
        this.linkId = linkId;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The screening item a report of this symptom answers "yes". */
    public String linkId() {
        return linkId;
    }

    /** The observation this symptom adds to the person's safety record. */
    public Observation observation() {
        return new Observation(linkId, "yes");
    }

    public static Symptom fromCode(String code) {
        if (OLD_TRAUMA_CODE.equals(code)) return MAJOR_TRAUMA;
        for (Symptom symptom : values()) {
            if (symptom.code().equals(code)) return symptom;
        }
        throw new IllegalArgumentException("symptom must be a known red-flag symptom code (such as bladder-change) but was '" + code + "'");
    }

    @Override
    public String toString() {
        return code();
    }
}
