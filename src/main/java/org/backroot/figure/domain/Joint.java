package org.backroot.figure.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One degree of freedom of the figure, in degrees (breath: 0 = out, 1 = full breath in). Angles are relative to the
 * parent segment and 0 in upright standing with the arms hanging. A sided joint exists once for each side.
 * The range is the anatomical range the figure may show; a pose outside it fails validation.
 */
public enum Joint {
    /** Whole-body tilt from the posture, about the hips: + tips the trunk forward. */
    PITCH("pitch", -100, 100, false),
    /** Whole-body tilt from the posture toward its right side (raises a side-lying body into a side plank). */
    LEAN("lean", -90, 90, false),
    /** Low back: + rounds forward, - arches back. */
    LUMBAR("lumbar", -35, 60, false),
    /** Upper back: + rounds forward, - extends. */
    THORACIC("thoracic", -35, 60, false),
    /** Side bend of the upper trunk: + leans to the right. */
    BEND("bend", -45, 45, false),
    /** Rotation of the upper trunk: + turns the chest to the right. */
    TWIST("twist", -70, 70, false),
    /** Head and neck: + nods the chin down, - tips the head back. */
    NECK("neck", -50, 60, false),
    /** Head rotation: + turns to the right. */
    TURN("turn", -80, 80, false),
    /** Belly and lower ribs widening with the breath: 0 = out, 1 = in. */
    BREATH("breath", 0, 1, false),
    /** Hip flexion: + brings the thigh forward, - takes it behind the body. */
    HIP("hip", -30, 140, true),
    /** Hip abduction: + opens the leg out to the side. */
    HIP_OUT("hipOut", -20, 70, true),
    /** Hip rotation: + turns the knee out. */
    HIP_ROT("hipRot", -45, 70, true),
    /** Knee flexion. */
    KNEE("knee", 0, 155, true),
    /** Ankle: + pulls the toes up, - points them. */
    ANKLE("ankle", -70, 35, true),
    /** Shoulder flexion: + lifts the arm forward (180 = overhead), - takes it behind. */
    SHOULDER("shoulder", -70, 185, true),
    /** Shoulder abduction: + lifts the arm out to the side. */
    SHOULDER_OUT("shoulderOut", -15, 180, true),
    /** Shoulder rotation: + turns the forearm out and up (a goalpost with the elbow bent), - turns it in. */
    SHOULDER_ROT("shoulderRot", -60, 100, true),
    /** Elbow flexion. */
    ELBOW("elbow", 0, 155, true);

    private final String key;
    private final double min;
    private final double max;
    private final boolean sided;

    Joint(String key, double min, double max, boolean sided) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.sided = sided;
    }

    public String key() {
        return key;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean sided() {
        return sided;
    }

    public boolean allows(double value) {
        return value >= min && value <= max;
    }

    public static Optional<Joint> fromKey(String key) {
        return Arrays.stream(values()).filter(j -> j.key.equals(key)).findFirst();
    }

    static String keys(boolean sided) {
        return String.join(", ", Arrays.stream(values()).filter(j -> j.sided == sided).map(Joint::key).toList());
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
