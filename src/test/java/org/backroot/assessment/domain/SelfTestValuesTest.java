package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;

class SelfTestValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void readsJsonNumbersOfEveryKind() {
        SelfTestValues values = SelfTestValues.fromMap(Map.of(
                "kneeToWallCmLeft", 7,
                "kneeToWallCmRight", 11.5,
                "singleLegStanceSecLeft", 30L,
                "activeStraightLegRaiseLeft", 2), TODAY);

        assertThat(values.kneeToWallCmLeft()).isEqualTo(7.0);
        assertThat(values.kneeToWallCmRight()).isEqualTo(11.5);
        assertThat(values.singleLegStanceSecLeft()).isEqualTo(30.0);
        assertThat(values.activeStraightLegRaiseLeft()).isEqualTo(2);
    }

    @Test
    void readsFormStringsAndTreatsEmptyAsAbsent() {
        SelfTestValues values = SelfTestValues.fromMap(Map.of(
                "kneeToWallCmLeft", " 9,5 ",
                "kneeToWallCmRight", "",
                "thomasTestLeft", "Positive",
                "breathingPattern", "chest",
                "activeStraightLegRaiseRight", "3"), TODAY);

        assertThat(values.kneeToWallCmLeft()).isEqualTo(9.5);
        assertThat(values.kneeToWallCmRight()).isNull();
        assertThat(values.thomasTestLeft()).isEqualTo(SelfTestThomasResult.POSITIVE);
        assertThat(values.breathingPattern()).isEqualTo(SelfTestBreathingPattern.CHEST);
        assertThat(values.activeStraightLegRaiseRight()).isEqualTo(3);
    }

    @Test
    void rejectsKneeToWallAboveTwentyCm() {
        assertThat(errorsFor(Map.of("kneeToWallCmLeft", 20.5)))
                .containsExactly(new FieldError("kneeToWallCmLeft", "must be a number of centimetres between 0 and 20"));
    }

    @Test
    void rejectsNegativeAndNonNumericValues() {
        assertThat(errorsFor(Map.of("hipInternalRotationDegLeft", -1, "breathHoldSec", "long", "toeTouchCm", "1e1")))
                .extracting(FieldError::field)
                .containsExactly("hipInternalRotationDegLeft", "toeTouchCm", "breathHoldSec");
    }

    @Test
    void rejectsBooleanWhereANumberIsExpected() {
        assertThat(errorsFor(Map.of("occiputToWallCm", true)))
                .containsExactly(new FieldError("occiputToWallCm", "must be a number of centimetres between 0 and 20"));
    }

    @Test
    void rejectsHalfPointsOnTheLegRaiseScale() {
        assertThat(errorsFor(Map.of("activeStraightLegRaiseLeft", 2.5)))
                .containsExactly(new FieldError("activeStraightLegRaiseLeft",
                        "must be a whole number from 0 (not difficult) to 5 (unable)"));
    }

    @Test
    void acceptsWholeDoublesOnTheLegRaiseScale() {
        assertThat(SelfTestValues.fromMap(Map.of("activeStraightLegRaiseLeft", 4.0), TODAY).activeStraightLegRaiseLeft())
                .isEqualTo(4);
    }

    @Test
    void rejectsUnknownChoiceAndSaysWhichAreAllowed() {
        assertThat(errorsFor(Map.of("hipHinge", "ok")))
                .containsExactly(new FieldError("hipHinge", "must be one of: pass, fail"));
    }

    @Test
    void rejectsCraniovertebralAngleBelowTwentyDegrees() {
        assertThat(errorsFor(Map.of("craniovertebralAngleDeg", 19)))
                .containsExactly(new FieldError("craniovertebralAngleDeg", "must be a number of degrees between 20 and 80"));
    }

    @Test
    void rejectsUnknownFieldNames() {
        assertThat(errorsFor(Map.of("kneeToWallCmLeft", 10, "kneeToWall", 10)))
                .containsExactly(new FieldError("kneeToWall", "unknown self-test field"));
    }

    @Test
    void collectsEveryProblemAtOnce() {
        Map<String, Object> raw = Map.of(
                "takenOn", "2026-03-15",
                "kneeToWallCmLeft", 25,
                "restingBreathsPerMin", 2,
                "shoe", "size 9");

        assertThat(errorsFor(raw)).extracting(FieldError::field)
                .containsExactly("takenOn", "kneeToWallCmLeft", "restingBreathsPerMin", "shoe");
    }

    @Test
    void missingDateMeansToday() {
        assertThat(SelfTestValues.fromMap(Map.of("breathHoldSec", 25), TODAY).takenOn()).isEqualTo(TODAY);
    }

    @Test
    void acceptsAnEarlierDate() {
        assertThat(SelfTestValues.fromMap(Map.of("takenOn", "2026-03-01", "breathHoldSec", 25), TODAY).takenOn())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void rejectsADateInTheFuture() {
        assertThat(errorsFor(Map.of("takenOn", LocalDate.of(2026, 3, 15), "breathHoldSec", 25)))
                .containsExactly(new FieldError("takenOn", "must not be in the future (today is 2026-03-14)"));
    }

    @Test
    void rejectsAMalformedDate() {
        assertThat(errorsFor(Map.of("takenOn", "14/03/2026", "breathHoldSec", 25)))
                .containsExactly(new FieldError("takenOn", DateInput.FORMAT));
    }

    @Test
    void requiresAtLeastOneMeasurement() {
        assertThat(errorsFor(Map.of("takenOn", "2026-03-01", "kneeToWallCmLeft", "")))
                .containsExactly(new FieldError("measurements", "enter at least one self-test measurement"));
    }

    @Test
    void nullMapIsTreatedAsEmpty() {
        assertThat(errorsFor(null)).extracting(FieldError::field).containsExactly("measurements");
    }

    @Test
    void nullKeyIsReportedAsAnUnnamedUnknownField() {
        Map<String, Object> raw = new HashMap<>();
        raw.put(null, 3);
        raw.put("breathHoldSec", 25);
        assertThat(errorsFor(raw)).containsExactly(new FieldError("(unnamed)", "unknown self-test field"));
    }

    @Test
    void toMapKeepsOnlyPresentFieldsAndRoundTrips() {
        SelfTestValues values = SelfTestValues.fromMap(Map.of(
                "takenOn", "2026-03-01", "kneeToWallCmLeft", 8, "hipHinge", "FAIL", "activeStraightLegRaiseRight", 1), TODAY);

        Map<String, Object> stored = values.toMap();

        assertThat(stored).containsExactly(
                Map.entry("takenOn", "2026-03-01"),
                Map.entry("kneeToWallCmLeft", 8.0),
                Map.entry("activeStraightLegRaiseRight", 1),
                Map.entry("hipHinge", "fail"));
        assertThat(SelfTestValues.fromMap(stored, TODAY)).isEqualTo(values);
    }

    @Test
    void everyFieldRoundTripsThroughItsOwnSlot() {
        for (SelfTestField field : SelfTestField.values()) {
            Object raw = field.choices().isEmpty() ? (Object) field.max() : field.choices().get(0);
            SelfTestValues values = SelfTestValues.fromMap(Map.of(field.key(), raw), TODAY);
            assertThat(values.toMap()).as(field.key()).containsOnlyKeys("takenOn", field.key());
        }
    }

    @Test
    void constructorRejectsOutOfRangeValuesNamingTheField() {
        assertThatThrownBy(() -> SelfTestValues.of(TODAY, Map.of(SelfTestField.TOE_TOUCH_CM, 61.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toeTouchCm must be a number of centimetres between 0 and 60");
    }

    @Test
    void constructorRejectsAnEmptySitting() {
        assertThatThrownBy(() -> SelfTestValues.of(TODAY, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measurements");
    }

    @Test
    void constructorRejectsTheWrongType() {
        assertThatThrownBy(() -> SelfTestValues.of(TODAY, Map.of(SelfTestField.HIP_HINGE, "pass")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hipHinge");
    }

    private static List<FieldError> errorsFor(Map<String, ?> raw) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> SelfTestValues.fromMap(raw, TODAY));
        assertThat(e).as("expected a ValidationException").isNotNull();
        return e.errors();
    }
}
