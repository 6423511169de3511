package org.backroot.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;

class PracticeEntryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    private static Map<String, Object> done() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("date", "2026-03-13");
        raw.put("activityId", "cat-camel");
        raw.put("completed", true);
        raw.put("painDuring", 2);
        return raw;
    }

    private static List<FieldError> errors(Map<String, ?> raw) {
        return catchThrowableOfType(ValidationException.class, () -> PracticeEntry.fromMap(raw, TODAY)).errors();
    }

    private static List<String> fields(Map<String, ?> raw) {
        return errors(raw).stream().map(FieldError::field).toList();
    }

    @Test
    void readsACompletedItem() {
        PracticeEntry e = PracticeEntry.fromMap(done(), TODAY);

        assertThat(e).isEqualTo(new PracticeEntry(LocalDate.of(2026, 3, 13), "cat-camel", true, 2, null, null, null, null, null, null));
        assertThat(e.exposure()).isFalse();
    }

    @Test
    void usesTodayWhenNoDateIsGiven() {
        Map<String, Object> raw = done();
        raw.remove("date");

        assertThat(PracticeEntry.fromMap(raw, TODAY).date()).isEqualTo(TODAY);
    }

    @Test
    void requiresPainDuringWhenCompleted() {
        Map<String, Object> raw = done();
        raw.remove("painDuring");

        assertThat(errors(raw)).containsExactly(new FieldError("painDuring",
                "needs an answer once you have done the activity; it must be a whole number from 0 (no pain) to 10 (worst pain you can imagine)"));
    }

    @Test
    void allowsAnUnfinishedItemWithoutPainDuring() {
        Map<String, Object> raw = done();
        raw.put("completed", "false");
        raw.put("painDuring", "");

        PracticeEntry e = PracticeEntry.fromMap(raw, TODAY);

        assertThat(e.completed()).isFalse();
        assertThat(e.painDuring()).isNull();
    }

    @Test
    void requiresAnActivityAndWhetherItWasDone() {
        assertThat(fields(Map.of())).containsExactly("activityId", "completed");
        assertThat(fields(Map.of("activityId", "   ", "completed", true, "painDuring", 1))).containsExactly("activityId");
    }

    @Test
    void rejectsAnActivityIdLongerThanEightyCharacters() {
        Map<String, Object> raw = done();
        raw.put("activityId", "a".repeat(81));

        assertThat(errors(raw)).containsExactly(
                new FieldError("activityId", "must be an activity id of at most 80 characters, such as cat-camel"));
    }

    @Test
    void rejectsADateMoreThanSixtyDaysBack() {
        Map<String, Object> raw = done();
        raw.put("date", "2026-01-12");

        assertThat(fields(raw)).containsExactly("date");
    }

    @Test
    void rejectsADateThatIsNotADate() {
        Map<String, Object> raw = done();
        raw.put("date", "yesterday");

        assertThat(errors(raw)).containsExactly(new FieldError("date", "must be a date written as YYYY-MM-DD, such as 2026-03-14"));
    }

    @Test
    void readsAFearLadderExposure() {
        Map<String, Object> raw = done();
        raw.put("expectedPain", "7");
        raw.put("actualPain", 2);
        raw.put("fearBefore", 60);
        raw.put("fearAfter", 35);
        raw.put("fearLadderItemId", 12);

        PracticeEntry e = PracticeEntry.fromMap(raw, TODAY);

        assertThat(e.exposure()).isTrue();
        assertThat(e.expectationGap()).isEqualTo(5);
        assertThat(e.fearLadderItemId()).isEqualTo("12");
        assertThat(e.fearAfter()).isEqualTo(35);
    }

    @Test
    void rejectsFearAboveOneHundredAndPainAboveTen() {
        Map<String, Object> raw = done();
        raw.put("fearBefore", 101);
        raw.put("fearAfter", -1);
        raw.put("expectedPain", 11);
        raw.put("actualPain", 2.5);

        assertThat(fields(raw)).containsExactly("expectedPain", "actualPain", "fearBefore", "fearAfter");
        assertThat(errors(raw).get(2).message())
                .isEqualTo("must be a whole number from 0 (not afraid at all) to 100 (the most afraid you can imagine)");
    }

    @Test
    void rejectsUnknownFields() {
        Map<String, Object> raw = done();
        raw.put("reps", 10);

        assertThat(errors(raw)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("reps");
            assertThat(e.message()).startsWith("is not a practice field; the fields are: activityId, actualPain, completed,");
        });
    }

    @Test
    void roundTripsThroughToMap() {
        Map<String, Object> raw = done();
        raw.put("note", "felt easier");
        raw.put("fearBefore", 40);
        PracticeEntry e = PracticeEntry.fromMap(raw, TODAY);

        assertThat(PracticeEntry.fromMap(e.toMap(), TODAY)).isEqualTo(e);
    }

    @Test
    void constructorRequiresPainDuringWhenCompleted() {
        assertThatThrownBy(() -> new PracticeEntry(TODAY, "cat-camel", true, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("painDuring needs an answer once you have done the activity");
    }
}
