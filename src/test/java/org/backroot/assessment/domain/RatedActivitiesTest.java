package org.backroot.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.junit.jupiter.api.Test;

/** The shipped PSFS: each rating belongs to a named activity; a rating without a name and an over-long name are refused. */
class RatedActivitiesTest {

    private final Instrument psfs = shipped("psfs");

    static Instrument shipped(String id) {
        try (InputStream in = RatedActivitiesTest.class.getResourceAsStream("/instruments/" + id + ".yaml")) {
            return new InstrumentParser().parse(id + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachRatingIsPairedWithTheActivityItRates() {
        AnswerSet answers = ResponseValidator.validate(psfs, Map.of("activity-1", " Putting on socks ", "rating-1", 3,
                "activity-2", "Gardening for an hour", "rating-2", 6));
        assertThat(RatedActivities.of(psfs, answers.values())).containsExactly(
                new RatedActivity("Putting on socks", 3), new RatedActivity("Gardening for an hour", 6));
        assertThat(psfs.item("rating-2").orElseThrow().rates()).isEqualTo("activity-2");
    }

    @Test
    void aRatingWithoutTheNameOfItsActivityIsRefusedNamingTheQuestion() {
        assertThatThrownBy(() -> ResponseValidator.validate(psfs, Map.of("activity-1", "Sitting through a film", "rating-1", 4, "rating-3", 5)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).containsExactly(new FieldError("answers.rating-3",
                            "needs the name of the activity it rates: write it in question 5 first, or leave this rating empty"));
                    assertThat(e.messagesByField().get("answers.rating-3")).startsWith("Question 6: How well can you do activity 3 today?");
                });
    }

    @Test
    void anActivityNameIsAtMost200CharactersOnTheServerToo() {
        assertThat(ResponseValidator.problems(psfs, Map.of("activity-1", "a".repeat(200), "rating-1", 4))).isEmpty();
        assertThat(ResponseValidator.problems(psfs, Map.of("activity-1", "a".repeat(201), "rating-1", 4)))
                .containsExactly(new FieldError("answers.activity-1", "must be text of at most 200 characters"));
    }
}
