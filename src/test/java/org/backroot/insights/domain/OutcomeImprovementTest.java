package org.backroot.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutcomeImprovementTest {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    static List<PainDay> pain(int firstWeeks, int lastWeeks, int days) {
        List<PainDay> out = new ArrayList<>();
        for (int i = 0; i < days; i++) out.add(new PainDay(START.plusDays(i), i < days / 2 ? firstWeeks : lastWeeks, false));
        return out;
    }

    @Test
    void painTwoPointsLowerThanAtTheStartIsAnImprovement() {
        assertThat(OutcomeImprovement.since(START, START.plusDays(59), pain(5, 3, 60), null, 0)).isPresent();
        assertThat(OutcomeImprovement.since(START, START.plusDays(59), pain(5, 4, 60), null, 0)).isEmpty();
    }

    @Test
    void aPainFreeWeekIsAnImprovement() {
        assertThat(OutcomeImprovement.since(START, START.plusDays(20), List.of(), null, 7)).get().asString().contains("7 days in a row");
        assertThat(OutcomeImprovement.since(START, START.plusDays(20), List.of(), null, 6)).isEmpty();
    }

    @Test
    void aMeaningfullyBetterPsfsIsAnImprovement() {
        Change better = ChangeAssessment.of(MicMeasure.PSFS, 4, 7);
        Change small = ChangeAssessment.of(MicMeasure.PSFS, 4, 5);
        assertThat(OutcomeImprovement.since(START, START.plusDays(20), List.of(), better, 0)).isPresent();
        assertThat(OutcomeImprovement.since(START, START.plusDays(20), List.of(), small, 0)).isEmpty();
    }
}
