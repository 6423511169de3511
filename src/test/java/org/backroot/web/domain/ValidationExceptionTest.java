package org.backroot.web.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a page shows for a refused field: a sentence that names the question in plain words, never a bare predicate. */
class ValidationExceptionTest {

    @Test
    void aFieldWithALabelIsNamedByItsQuestion() {
        ValidationException e = new ValidationException(List.of(new FieldError("flare", "must be yes (today is a flare) or no")),
                Map.of("flare", "Is today a flare?"));
        assertThat(e.messagesByField()).containsExactly(Map.entry("flare", "Is today a flare? This must be yes (today is a flare) or no."));
    }

    @Test
    void aFieldWithoutALabelIsNamedInPlainWordsFromItsName() {
        ValidationException e = new ValidationException(List.of(
                new FieldError("minutesPerDay", "must be a whole number of minutes from 5 to 60"),
                new FieldError("answers.bladder-change", "needs an answer"),
                new FieldError("fear", "must be at most 100.")));
        assertThat(e.messagesByField()).containsExactly(
                Map.entry("minutesPerDay", "Minutes per day: must be a whole number of minutes from 5 to 60."),
                Map.entry("answers.bladder-change", "Bladder change: needs an answer."),
                Map.entry("fear", "Fear: must be at most 100."));
    }

    @Test
    void theApiKeepsTheFieldAndItsPredicateAndCanReadTheLabel() {
        ValidationException e = new ValidationException(List.of(new FieldError("pain", "must be a whole number from 0 to 10")),
                Map.of("pain", "How much does your back hurt today?"));
        assertThat(e.errors()).containsExactly(new FieldError("pain", "must be a whole number from 0 to 10"));
        assertThat(e.label("pain")).isEqualTo("How much does your back hurt today?");
        assertThat(e.label("stress")).isEqualTo("Stress");
    }

    @Test
    void theFirstMessageForAFieldWins() {
        ValidationException e = new ValidationException(List.of(new FieldError("pain", "is required"), new FieldError("pain", "must be 0-10")));
        assertThat(e.messagesByField()).containsExactly(Map.entry("pain", "Pain: is required."));
    }
}
