package org.backroot.assessment.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every measurement a self-test can record: its JSON/form key, what it accepts, and where it lives in
 * {@link SelfTestValues}. Forms can use {@link #min()}, {@link #max()} and {@link #choices()} to build inputs.
 */
public enum SelfTestField {
    KNEE_TO_WALL_CM_LEFT("kneeToWallCmLeft", cm(20), SelfTestValues::kneeToWallCmLeft),
    KNEE_TO_WALL_CM_RIGHT("kneeToWallCmRight", cm(20), SelfTestValues::kneeToWallCmRight),
    HIP_INTERNAL_ROTATION_DEG_LEFT("hipInternalRotationDegLeft", degrees(0, 70), SelfTestValues::hipInternalRotationDegLeft),
    HIP_INTERNAL_ROTATION_DEG_RIGHT("hipInternalRotationDegRight", degrees(0, 70), SelfTestValues::hipInternalRotationDegRight),
    THOMAS_TEST_LEFT("thomasTestLeft", SelfTestFieldType.choice(SelfTestThomasResult.values()), SelfTestValues::thomasTestLeft),
    THOMAS_TEST_RIGHT("thomasTestRight", SelfTestFieldType.choice(SelfTestThomasResult.values()), SelfTestValues::thomasTestRight),
    THORACIC_ROTATION_DEG_LEFT("thoracicRotationDegLeft", degrees(0, 90), SelfTestValues::thoracicRotationDegLeft),
    THORACIC_ROTATION_DEG_RIGHT("thoracicRotationDegRight", degrees(0, 90), SelfTestValues::thoracicRotationDegRight),
    SHOULDER_FLEXION_WALL_LEFT("shoulderFlexionWallLeft", passFail(), SelfTestValues::shoulderFlexionWallLeft),
    SHOULDER_FLEXION_WALL_RIGHT("shoulderFlexionWallRight", passFail(), SelfTestValues::shoulderFlexionWallRight),
    ACTIVE_STRAIGHT_LEG_RAISE_LEFT("activeStraightLegRaiseLeft", aslr(), SelfTestValues::activeStraightLegRaiseLeft),
    ACTIVE_STRAIGHT_LEG_RAISE_RIGHT("activeStraightLegRaiseRight", aslr(), SelfTestValues::activeStraightLegRaiseRight),
    SINGLE_LEG_STANCE_SEC_LEFT("singleLegStanceSecLeft", seconds(120), SelfTestValues::singleLegStanceSecLeft),
    SINGLE_LEG_STANCE_SEC_RIGHT("singleLegStanceSecRight", seconds(120), SelfTestValues::singleLegStanceSecRight),
    HIP_HINGE("hipHinge", passFail(), SelfTestValues::hipHinge),
    TOE_TOUCH_CM("toeTouchCm", cm(60), SelfTestValues::toeTouchCm),
    CRANIOVERTEBRAL_ANGLE_DEG("craniovertebralAngleDeg", degrees(20, 80), SelfTestValues::craniovertebralAngleDeg),
    OCCIPUT_TO_WALL_CM("occiputToWallCm", cm(20), SelfTestValues::occiputToWallCm),
    BREATH_HOLD_SEC("breathHoldSec", seconds(180), SelfTestValues::breathHoldSec),
    RESTING_BREATHS_PER_MIN("restingBreathsPerMin", SelfTestFieldType.decimal("breaths per minute", 4, 40), SelfTestValues::restingBreathsPerMin),
    BREATHING_PATTERN("breathingPattern", SelfTestFieldType.choice(SelfTestBreathingPattern.values()), SelfTestValues::breathingPattern),
    BREATHLESS_AT_REST("breathlessAtRest", SelfTestFieldType.choice(SelfTestYesNo.values()), SelfTestValues::breathlessAtRest);

    private final String key;
    private final SelfTestFieldType type;
    private final Function<SelfTestValues, Object> getter;

    SelfTestField(String key, SelfTestFieldType type, Function<SelfTestValues, Object> getter) {
        this.key = key;
        this.type = type;
        this.getter = getter;
    }

    /** The name used in JSON, form posts and storage, e.g. {@code kneeToWallCmLeft}. */
    public String key() {
        return key;
    }

    /** What a valid value looks like, in words, e.g. "must be a number of centimetres between 0 and 20". */
    public String expectation() {
        return type.expectation();
    }

    /** Lowest accepted value; NaN for choice fields. */
    public double min() {
        return type.min();
    }

    /** Highest accepted value; NaN for choice fields. */
    public double max() {
        return type.max();
    }

    /** True for whole-number ratings (the active straight leg raise). */
    public boolean wholeNumber() {
        return type.isWholeNumber();
    }

    /** Accepted codes for choice fields (e.g. pass, fail); empty for numeric fields. */
    public List<String> choices() {
        return type.codes();
    }

    public static Optional<SelfTestField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    Object valueIn(SelfTestValues values) {
        return getter.apply(values);
    }

    Object parse(Object raw) {
        return type.parse(raw);
    }

    /** Guards the record's constructor: value objects reject bad input even when built without fromMap. */
    void requireValid(Object typed) {
        if (!type.accepts(typed)) throw new IllegalArgumentException(key + " " + type.expectation() + " (was " + typed + ")");
    }

    private static SelfTestFieldType cm(double max) {
        return SelfTestFieldType.decimal("centimetres", 0, max);
    }

    private static SelfTestFieldType degrees(double min, double max) {
        return SelfTestFieldType.decimal("degrees", min, max);
    }

    private static SelfTestFieldType seconds(double max) {
        return SelfTestFieldType.decimal("seconds", 0, max);
    }

    private static SelfTestFieldType passFail() {
        return SelfTestFieldType.choice(SelfTestPassFail.values());
    }

    private static SelfTestFieldType aslr() {
        return SelfTestFieldType.whole(0, 5, "must be a whole number from 0 (not difficult) to 5 (unable)");
    }
}
