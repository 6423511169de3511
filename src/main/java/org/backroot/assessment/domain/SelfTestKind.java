package org.backroot.assessment.domain;

/** The home self-tests a finding can come from, with a stable code for JSON and storage. */
public enum SelfTestKind {
    KNEE_TO_WALL("knee-to-wall", "Knee-to-wall test"),
    HIP_INTERNAL_ROTATION("hip-internal-rotation", "Hip rotation test"),
    THOMAS("thomas", "Thomas test"),
    THORACIC_ROTATION("thoracic-rotation", "Seated upper-back rotation"),
    SHOULDER_FLEXION_WALL("shoulder-flexion-wall", "Arms-overhead wall test"),
    ACTIVE_STRAIGHT_LEG_RAISE("active-straight-leg-raise", "Straight leg raise"),
    SINGLE_LEG_STANCE("single-leg-stance", "Standing on one leg"),
    HIP_HINGE("hip-hinge", "Hip hinge with a stick"),
    TOE_TOUCH("toe-touch", "Toe touch"),
    CRANIOVERTEBRAL_ANGLE("craniovertebral-angle", "Head position from a side photo"),
    OCCIPUT_TO_WALL("occiput-to-wall", "Head-to-wall test"),
    BREATH_HOLD("breath-hold", "Comfortable breath-hold"),
    RESTING_BREATHING_RATE("resting-breathing-rate", "Breaths per minute at rest"),
    BREATHING_PATTERN("breathing-pattern", "Breathing pattern at rest");

    private final String code;
    private final String label;

    SelfTestKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Stable lowercase code, e.g. {@code knee-to-wall}. */
    public String code() {
        return code;
    }

    /** Short name for people, e.g. "Knee-to-wall test". */
    public String label() {
        return label;
    }
}
