package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;

class ResponseValidatorTest {

    private final Instrument factor = InstrumentFixtures.load("factor-mixed.yaml");
    private final Instrument screening = new InstrumentParser().parse("screen.yaml", TestYaml.screening("""
              - {linkId: fever, text: Item 1, type: choice, options: [{value: yes, label: Yes}, {value: no, label: No}]}
              - {linkId: note, text: Item 2, type: text, required: false}
            """));

    private static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }

    @Test
    void acceptsValidAnswersAndNormalisesJsonNumbers() {
        AnswerSet set = ResponseValidator.validate(factor, answers("tension", 2L, "calm", 1.0, "worry", 10, "sleep-hours", 7, "notes", "  fine  "));
        assertThat(set.instrumentId()).isEqualTo("factor-mixed-fixture");
        assertThat(set.values()).containsEntry("tension", 2).containsEntry("calm", 1).containsEntry("worry", 10)
                .containsEntry("sleep-hours", 7.0).containsEntry("notes", "fine");
        assertThat(set.values().keySet()).containsExactly("tension", "calm", "worry", "sleep-hours", "notes");
    }

    @Test
    void reportsEveryProblemAtOnceWithAnswersPrefixedFieldNames() {
        assertThatThrownBy(() -> ResponseValidator.validate(factor, answers(
                "tension", 3, "calm", "often", "worry", 11, "sleep-hours", "eight", "notes", 5, "mood", 2)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("answers.mood", "is not a question of 'factor-mixed-fixture'"),
                        new FieldError("answers.tension", "must be one of 0, 1, 2"),
                        new FieldError("answers.calm", "must be one of 0, 1, 2"),
                        new FieldError("answers.worry", "must be between 0 and 10"),
                        new FieldError("answers.sleep-hours", "must be a number from 0 to 12"),
                        new FieldError("answers.notes", "must be text of at most 200 characters")));
    }

    @Test
    void rejectsFractionsForWholeNumberItems() {
        assertThat(ResponseValidator.problems(factor, answers("worry", 2.5)))
                .containsExactly(new FieldError("answers.worry", "must be a whole number from 0 to 10"));
    }

    @Test
    void rejectsDecimalsOutsideTheirRange() {
        assertThat(ResponseValidator.problems(factor, answers("sleep-hours", 12.5)))
                .containsExactly(new FieldError("answers.sleep-hours", "must be between 0 and 12"));
    }

    @Test
    void rejectsStringCodesThatAreNotOptions() {
        assertThat(ResponseValidator.problems(screening, answers("fever", "maybe")))
                .containsExactly(new FieldError("answers.fever", "must be one of 'yes', 'no'"));
    }

    @Test
    void rejectsNonBooleansForBooleanItems() {
        Instrument yesNo = new InstrumentParser().parse("b.yaml", TestYaml.screening("  - {linkId: ok, text: Item 1, type: boolean}\n"));
        assertThat(ResponseValidator.problems(yesNo, answers("ok", "yes")))
                .containsExactly(new FieldError("answers.ok", "must be true or false"));
        assertThat(ResponseValidator.validate(yesNo, answers("ok", false)).values()).containsEntry("ok", false);
    }

    @Test
    void missingRequiredAnswerIsAnErrorOnlyInScreening() {
        assertThat(ResponseValidator.problems(screening, answers("note", "x")))
                .containsExactly(new FieldError("answers.fever", "needs an answer"));
        assertThat(ResponseValidator.problems(factor, answers("worry", 3))).isEmpty();
    }

    @Test
    void treatsNullAndBlankAnswersAsSkipped() {
        AnswerSet set = ResponseValidator.validate(factor, answers("worry", null, "notes", "   "));
        assertThat(set.isAnswered("worry")).isFalse();
        assertThat(set.values()).isEmpty();
        assertThat(ResponseValidator.problems(screening, answers("fever", " "))).containsExactly(new FieldError("answers.fever", "needs an answer"));
    }

    @Test
    void acceptsNoAnswerMapAsNoAnswers() {
        assertThat(ResponseValidator.validate(factor, null).values()).isEmpty();
    }
}
