package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyValuesTest {

    private static final Reason URGENT_FEVER = new Reason("fever", RedFlagCondition.INFECTION, SafetyOutcome.URGENT, "See a doctor today.");

    @Test
    void outcomesAreOrderedBySeverityWithKebabCaseJsonNames() {
        assertThat(SafetyOutcome.values()).containsExactly(SafetyOutcome.CLEAR, SafetyOutcome.SEE_DOCTOR, SafetyOutcome.URGENT, SafetyOutcome.EMERGENCY);
        assertThat(SafetyOutcome.SEE_DOCTOR).hasToString("see-doctor");
        assertThat(SafetyOutcome.fromJsonName("emergency")).isEqualTo(SafetyOutcome.EMERGENCY);
        assertThat(SafetyOutcome.max(SafetyOutcome.URGENT, SafetyOutcome.SEE_DOCTOR)).isEqualTo(SafetyOutcome.URGENT);
        assertThat(SafetyState.NOT_SCREENED).hasToString("not-screened");
        assertThatThrownBy(() -> SafetyOutcome.fromJsonName("later")).hasMessageContaining("but was 'later'");
    }

    @Test
    void symptomCodesRoundTrip() {
        for (Symptom symptom : Symptom.values()) assertThat(Symptom.fromCode(symptom.code())).isEqualTo(symptom);
        assertThat(Symptom.BLADDER_CHANGE).hasToString("bladder-change");
        assertThatThrownBy(() -> Symptom.fromCode("headache")).hasMessageContaining("but was 'headache'");
    }

    @Test
    void reasonRejectsClearOutcomeAndBlankMessage() {
        assertThatThrownBy(() -> new Reason("x", RedFlagCondition.FRACTURE, SafetyOutcome.CLEAR, "m")).hasMessageContaining("outcome");
        assertThatThrownBy(() -> new Reason("x", RedFlagCondition.FRACTURE, SafetyOutcome.URGENT, " ")).hasMessageContaining("message");
    }

    @Test
    void screeningResultOutcomeMustMatchItsMostSevereReason() {
        assertThatThrownBy(() -> new ScreeningResult(SafetyOutcome.CLEAR, List.of(URGENT_FEVER))).hasMessageContaining("most severe");
        assertThat(ScreeningResult.of(List.of(URGENT_FEVER)).outcome()).isEqualTo(SafetyOutcome.URGENT);
        assertThat(ScreeningResult.clear().merge(ScreeningResult.of(List.of(URGENT_FEVER))).outcome()).isEqualTo(SafetyOutcome.URGENT);
    }

    @Test
    void historyPartsRejectMissingValues() {
        assertThatThrownBy(() -> new Observation("fever", null)).hasMessageContaining("value");
        assertThatThrownBy(() -> new Clearance(null, java.time.Instant.EPOCH)).hasMessageContaining("assessedOn");
        assertThatThrownBy(() -> new Correction(" ", LocalDate.of(2026, 1, 1), java.time.Instant.EPOCH)).hasMessageContaining("linkId");
        assertThatThrownBy(() -> new PersonFacts(-1, null, null)).hasMessageContaining("age");
        assertThatThrownBy(() -> new SignReport(new Observation("fever", "yes"), SignReport.Channel.SCREEN, null, java.time.Instant.EPOCH))
                .hasMessageContaining("day");
    }
}
