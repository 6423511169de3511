package org.backroot.assessment.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One sitting of home self-tests: any subset of the measurements, taken on one day.
 * Absent measurements are null. Left/right pairs are the person's own left and right.
 * Read raw input with {@link #fromMap(Map, LocalDate)}; store with {@link #toMap()}.
 */
public record SelfTestValues(
        LocalDate takenOn,
        Double kneeToWallCmLeft,
        Double kneeToWallCmRight,
        Double hipInternalRotationDegLeft,
        Double hipInternalRotationDegRight,
        SelfTestThomasResult thomasTestLeft,
        SelfTestThomasResult thomasTestRight,
        Double thoracicRotationDegLeft,
        Double thoracicRotationDegRight,
        SelfTestPassFail shoulderFlexionWallLeft,
        SelfTestPassFail shoulderFlexionWallRight,
        Integer activeStraightLegRaiseLeft,
        Integer activeStraightLegRaiseRight,
        Double singleLegStanceSecLeft,
        Double singleLegStanceSecRight,
        SelfTestPassFail hipHinge,
        Double toeTouchCm,
        Double craniovertebralAngleDeg,
        Double occiputToWallCm,
        Double breathHoldSec,
        Double restingBreathsPerMin,
        SelfTestBreathingPattern breathingPattern,
        SelfTestYesNo breathlessAtRest) {

    /** Key of the date in {@link #fromMap} input and {@link #toMap()} output (ISO 8601, e.g. 2026-03-14). */
    public static final String TAKEN_ON = "takenOn";
    /** Field name used for the error when no measurement at all was given. */
    public static final String MEASUREMENTS = "measurements";

    public SelfTestValues {
        if (takenOn == null) throw new IllegalArgumentException("takenOn must be a date");
        // Same order as the SelfTestField constants, so each value is checked against its own field's rule.
        Object[] measurements = {kneeToWallCmLeft, kneeToWallCmRight, hipInternalRotationDegLeft, hipInternalRotationDegRight,
                thomasTestLeft, thomasTestRight, thoracicRotationDegLeft, thoracicRotationDegRight,
                shoulderFlexionWallLeft, shoulderFlexionWallRight, activeStraightLegRaiseLeft, activeStraightLegRaiseRight,
                singleLegStanceSecLeft, singleLegStanceSecRight, hipHinge, toeTouchCm, craniovertebralAngleDeg,
                occiputToWallCm, breathHoldSec, restingBreathsPerMin, breathingPattern, breathlessAtRest};
        SelfTestField[] fields = SelfTestField.values();
        boolean any = false;
        for (int i = 0; i < fields.length; i++) {
            fields[i].requireValid(measurements[i]);
            any |= measurements[i] != null;
        }
        if (!any) throw new IllegalArgumentException(MEASUREMENTS + " must include at least one self-test value");
    }

    /**
     * Validates raw input from JSON or a form post and collects every problem at once.
     * Numbers may be Integer, Long, Double or numeric strings; an empty string or null means "not measured".
     * A missing {@code takenOn} means today.
     *
     * @throws org.backroot.web.domain.ValidationException naming each bad field and what it expects
     */
    public static SelfTestValues fromMap(Map<String, ?> raw, LocalDate today) {
        return SelfTestMapReader.read(raw, today);
    }

    /**
     * Builds values from already typed measurements (Double, Integer or the choice enums, as in the record).
     *
     * @throws IllegalArgumentException when a value has the wrong type or range, or none is present
     */
    public static SelfTestValues of(LocalDate takenOn, Map<SelfTestField, ?> typed) {
        Map<SelfTestField, Object> v = new EnumMap<>(SelfTestField.class);
        typed.forEach(v::put);
        return new SelfTestValues(takenOn,
                num(v, SelfTestField.KNEE_TO_WALL_CM_LEFT), num(v, SelfTestField.KNEE_TO_WALL_CM_RIGHT),
                num(v, SelfTestField.HIP_INTERNAL_ROTATION_DEG_LEFT), num(v, SelfTestField.HIP_INTERNAL_ROTATION_DEG_RIGHT),
                typed(v, SelfTestField.THOMAS_TEST_LEFT, SelfTestThomasResult.class),
                typed(v, SelfTestField.THOMAS_TEST_RIGHT, SelfTestThomasResult.class),
                num(v, SelfTestField.THORACIC_ROTATION_DEG_LEFT), num(v, SelfTestField.THORACIC_ROTATION_DEG_RIGHT),
                typed(v, SelfTestField.SHOULDER_FLEXION_WALL_LEFT, SelfTestPassFail.class),
                typed(v, SelfTestField.SHOULDER_FLEXION_WALL_RIGHT, SelfTestPassFail.class),
                typed(v, SelfTestField.ACTIVE_STRAIGHT_LEG_RAISE_LEFT, Integer.class),
                typed(v, SelfTestField.ACTIVE_STRAIGHT_LEG_RAISE_RIGHT, Integer.class),
                num(v, SelfTestField.SINGLE_LEG_STANCE_SEC_LEFT), num(v, SelfTestField.SINGLE_LEG_STANCE_SEC_RIGHT),
                typed(v, SelfTestField.HIP_HINGE, SelfTestPassFail.class),
                num(v, SelfTestField.TOE_TOUCH_CM), num(v, SelfTestField.CRANIOVERTEBRAL_ANGLE_DEG),
                num(v, SelfTestField.OCCIPUT_TO_WALL_CM), num(v, SelfTestField.BREATH_HOLD_SEC),
                num(v, SelfTestField.RESTING_BREATHS_PER_MIN),
                typed(v, SelfTestField.BREATHING_PATTERN, SelfTestBreathingPattern.class),
                typed(v, SelfTestField.BREATHLESS_AT_REST, SelfTestYesNo.class));
    }

    /** The value of one field, or null when it was not measured. */
    public Object value(SelfTestField field) {
        return field.valueIn(this);
    }

    /** Present measurements only, keyed as in {@link #fromMap}; choices as their codes; takenOn as ISO date. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(TAKEN_ON, takenOn.toString());
        for (SelfTestField field : SelfTestField.values()) {
            Object value = value(field);
            if (value != null) out.put(field.key(), value instanceof SelfTestChoice c ? c.code() : value);
        }
        return out;
    }

    private static Double num(Map<SelfTestField, Object> values, SelfTestField field) {
        Object value = values.get(field);
        if (value instanceof Number n && !(value instanceof Double)) return n.doubleValue();
        return typed(values, field, Double.class);
    }

    private static <T> T typed(Map<SelfTestField, Object> values, SelfTestField field, Class<T> type) {
        Object value = values.get(field);
        if (value == null || type.isInstance(value)) return type.cast(value);
        throw new IllegalArgumentException(field.key() + " must be a " + type.getSimpleName() + " (was " + value + ")");
    }
}
