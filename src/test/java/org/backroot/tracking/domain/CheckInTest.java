package org.backroot.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backroot.safety.domain.Symptom;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;

class CheckInTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    static Map<String, Object> minimal() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("pain", 3);
        raw.put("stress", 4);
        raw.put("sleepHours", 7.25);
        raw.put("flare", false);
        return raw;
    }

    private static List<FieldError> errors(Map<String, ?> raw, LocalDate date) {
        return catchThrowableOfType(ValidationException.class, () -> CheckIn.fromMap(raw, date, TODAY)).errors();
    }

    private static List<String> fields(Map<String, ?> raw, LocalDate date) {
        return errors(raw, date).stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsTheFourRequiredAnswersAlone() {
        CheckIn c = CheckIn.fromMap(minimal(), TODAY, TODAY);

        assertThat(c.date()).isEqualTo(TODAY);
        assertThat(c.pain()).isEqualTo(3);
        assertThat(c.stress()).isEqualTo(4);
        assertThat(c.sleepHours()).isEqualTo(7.25);
        assertThat(c.flare()).isFalse();
        assertThat(c.sleepQuality()).isNull();
        assertThat(c.steps()).isNull();
        assertThat(c.sittingHours()).isNull();
        assertThat(c.newSymptoms()).isEmpty();
        assertThat(c.note()).isNull();
    }

    @Test
    void readsEveryFieldFromJsonTypes() {
        Map<String, Object> raw = minimal();
        raw.put("sleepQuality", 6);
        raw.put("activeMinutes", 45L);
        raw.put("steps", 8200);
        raw.put("sittingHours", 6.5);
        raw.put("dietQuality", 7.0);
        raw.put("alcoholUnits", 2);
        raw.put("flare", true);
        raw.put("newSymptoms", List.of("pins-and-needles", "stiffness-morning"));
        raw.put("note", "  Long drive today.  ");

        CheckIn c = CheckIn.fromMap(raw, TODAY, TODAY);

        assertThat(c.sleepQuality()).isEqualTo(6);
        assertThat(c.activeMinutes()).isEqualTo(45);
        assertThat(c.steps()).isEqualTo(8200);
        assertThat(c.sittingHours()).isEqualTo(6.5);
        assertThat(c.dietQuality()).isEqualTo(7);
        assertThat(c.alcoholUnits()).isEqualTo(2.0);
        assertThat(c.flare()).isTrue();
        assertThat(c.newSymptoms()).containsExactly(NewSymptom.PINS_AND_NEEDLES, NewSymptom.STIFFNESS_MORNING);
        assertThat(c.note()).isEqualTo("Long drive today.");
    }

    @Test
    void acceptsNumericStringsFromForms() {
        Map<String, Object> raw = Map.of("pain", " 5 ", "stress", "2", "sleepHours", "6,75", "sittingHours", "8.5",
                "steps", "12000", "flare", "on", "newSymptoms", "headache");

        CheckIn c = CheckIn.fromMap(raw, TODAY, TODAY);

        assertThat(c.pain()).isEqualTo(5);
        assertThat(c.sleepHours()).isEqualTo(6.75);
        assertThat(c.sittingHours()).isEqualTo(8.5);
        assertThat(c.steps()).isEqualTo(12000);
        assertThat(c.flare()).isTrue();
        assertThat(c.newSymptoms()).containsExactly(NewSymptom.HEADACHE);
    }

    @Test
    void treatsEmptyFormFieldsAsNotAnswered() {
        Map<String, Object> raw = minimal();
        raw.put("steps", "");
        raw.put("sleepQuality", "  ");
        raw.put("note", "");
        raw.put("newSymptoms", "");

        CheckIn c = CheckIn.fromMap(raw, TODAY, TODAY);

        assertThat(c.steps()).isNull();
        assertThat(c.sleepQuality()).isNull();
        assertThat(c.note()).isNull();
        assertThat(c.newSymptoms()).isEmpty();
    }

    @Test
    void namesEveryMissingRequiredAnswer() {
        assertThat(fields(Map.of(), TODAY)).containsExactly("pain", "stress", "sleepHours", "flare");
        assertThat(errors(Map.of(), TODAY).get(0).message())
                .isEqualTo("needs an answer; it must be a whole number from 0 (no pain) to 10 (worst pain you can imagine)");
    }

    @Test
    void rejectsPainAboveTenWithTheScaleInWords() {
        Map<String, Object> raw = minimal();
        raw.put("pain", 11);

        assertThat(errors(raw, TODAY)).containsExactly(
                new FieldError("pain", "must be a whole number from 0 (no pain) to 10 (worst pain you can imagine)"));
    }

    @Test
    void rejectsHalfPointsOnWholeNumberScales() {
        Map<String, Object> raw = minimal();
        raw.put("stress", 4.5);
        raw.put("steps", "100.5");

        assertThat(fields(raw, TODAY)).containsExactly("stress", "steps");
    }

    @Test
    void collectsEveryProblemAtOnce() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("pain", "a lot");
        raw.put("stress", -1);
        raw.put("sleepHours", 17);
        raw.put("activeMinutes", 1441);
        raw.put("steps", 100_001);
        raw.put("sittingHours", 24.5);
        raw.put("dietQuality", 11);
        raw.put("alcoholUnits", 51);
        raw.put("sleepQuality", true);
        raw.put("flare", "maybe");
        raw.put("newSymptoms", List.of("fever", "itchy-elbow"));
        raw.put("note", "x".repeat(1001));
        raw.put("mood", 5);

        assertThat(fields(raw, TODAY.plusDays(1))).containsExactly("date", "pain", "stress", "sleepHours", "sleepQuality",
                "activeMinutes", "steps", "sittingHours", "dietQuality", "alcoholUnits", "flare", "newSymptoms", "note", "mood");
    }

    @Test
    void rejectsADateInTheFuture() {
        assertThat(errors(minimal(), TODAY.plusDays(1)))
                .containsExactly(new FieldError("date", "must not be in the future (today is 2026-03-14)"));
    }

    @Test
    void rejectsADateMoreThanSixtyDaysBack() {
        assertThat(errors(minimal(), TODAY.minusDays(61)))
                .containsExactly(new FieldError("date", "must be within the last 60 days, from 2026-01-13 to 2026-03-14"));
    }

    @Test
    void acceptsADateExactlySixtyDaysBack() {
        assertThat(CheckIn.fromMap(minimal(), TODAY.minusDays(60), TODAY).date()).isEqualTo(LocalDate.of(2026, 1, 13));
    }

    @Test
    void rejectsAMissingDate() {
        assertThat(fields(minimal(), null)).containsExactly("date");
    }

    @Test
    void acceptsADateInTheBodyOnlyWhenItIsTheSameDay() {
        Map<String, Object> raw = minimal();
        raw.put("date", "2026-03-14");
        assertThat(CheckIn.fromMap(raw, TODAY, TODAY).date()).isEqualTo(TODAY);

        raw.put("date", "2026-03-13");
        assertThat(errors(raw, TODAY)).containsExactly(
                new FieldError("date", "must be the same day as the check-in it belongs to (2026-03-14)"));
    }

    @Test
    void rejectsAnUnknownSymptomCodeByName() {
        Map<String, Object> raw = minimal();
        raw.put("newSymptoms", List.of("fever", "itchy-elbow"));

        FieldError error = errors(raw, TODAY).get(0);
        assertThat(error.field()).isEqualTo("newSymptoms");
        assertThat(error.message()).startsWith("has an unknown symptom 'itchy-elbow'; must be a list of symptom codes from: bladder-change,");
    }

    @Test
    void rejectsSymptomsThatAreNotText() {
        Map<String, Object> raw = minimal();
        raw.put("newSymptoms", List.of(1, 2));

        assertThat(fields(raw, TODAY)).containsExactly("newSymptoms");
    }

    @Test
    void rejectsNoneTogetherWithASymptom() {
        Map<String, Object> raw = minimal();
        raw.put("newSymptoms", List.of("none", "headache"));

        assertThat(errors(raw, TODAY)).containsExactly(
                new FieldError("newSymptoms", "must not list 'none' together with other symptoms"));
    }

    @Test
    void keepsNoneAsAnExplicitAnswer() {
        Map<String, Object> raw = minimal();
        raw.put("newSymptoms", List.of("none"));

        assertThat(CheckIn.fromMap(raw, TODAY, TODAY).newSymptoms()).containsExactly(NewSymptom.NONE);
    }

    @Test
    void acceptsOlderSymptomSpellingsAndStoresTheSafetyCodes() {
        Map<String, Object> raw = minimal();
        raw.put("newSymptoms", List.of("both-legs-symptoms", "NIGHT-PAIN-UNRELIEVED", "new-injury"));

        CheckIn c = CheckIn.fromMap(raw, TODAY, TODAY);

        assertThat(c.newSymptoms()).containsExactly(NewSymptom.BOTH_LEGS, NewSymptom.NIGHT_PAIN, NewSymptom.MAJOR_TRAUMA);
        assertThat(c.toMap().get("newSymptoms")).isEqualTo(List.of("both-legs", "night-pain", "major-trauma"));
    }

    @Test
    void picksOutRedFlagSymptoms() {
        Map<String, Object> raw = minimal();
        raw.put("newSymptoms", List.of("headache", "saddle-numbness", "fever"));

        CheckIn c = CheckIn.fromMap(raw, TODAY, TODAY);

        assertThat(c.redFlagSymptoms()).containsExactly(NewSymptom.SADDLE_NUMBNESS, NewSymptom.FEVER);
        assertThat(c.redFlagSymptoms().stream().map(s -> s.safetySymptom().orElseThrow()))
                .containsExactly(Symptom.SADDLE_NUMBNESS, Symptom.FEVER);
    }

    @Test
    void countsNoteLengthInCharactersNotBytes() {
        Map<String, Object> raw = minimal();
        raw.put("note", "é".repeat(1000));

        assertThat(CheckIn.fromMap(raw, TODAY, TODAY).note()).hasSize(1000);
    }

    @Test
    void toMapLeavesOutWhatWasNotAnswered() {
        CheckIn c = CheckIn.fromMap(minimal(), TODAY, TODAY);

        assertThat(c.toMap()).containsOnlyKeys("date", "pain", "stress", "sleepHours", "flare", "newSymptoms");
        assertThat(c.toMap()).containsEntry("date", "2026-03-14");
    }

    @Test
    void roundTripsThroughToMap() {
        Map<String, Object> raw = minimal();
        raw.put("steps", 4000);
        raw.put("alcoholUnits", 1.5);
        raw.put("newSymptoms", List.of("fever"));
        raw.put("note", "ok");
        CheckIn c = CheckIn.fromMap(raw, TODAY, TODAY);

        assertThat(CheckIn.fromMap(c.toMap(), TODAY, TODAY)).isEqualTo(c);
    }

    @Test
    void constructorRejectsOutOfRangeValuesNamingTheField() {
        assertThatThrownBy(() -> new CheckIn(TODAY, 3, 3, 16.5, null, null, null, null, null, null, false, Set.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sleepHours must be a number of hours from 0 to 16");
        assertThatThrownBy(() -> new CheckIn(TODAY, 3, 3, Double.NaN, null, null, null, null, null, null, false, Set.of(), null))
                .hasMessageStartingWith("sleepHours");
    }

    @Test
    void symptomsCannotBeChangedAfterwards() {
        CheckIn c = new CheckIn(TODAY, 3, 3, 7, null, null, null, null, null, null, false,
                new java.util.HashSet<>(Set.of(NewSymptom.HEADACHE)), null);

        assertThatThrownBy(() -> c.newSymptoms().add(NewSymptom.FEVER)).isInstanceOf(UnsupportedOperationException.class);
    }
}
