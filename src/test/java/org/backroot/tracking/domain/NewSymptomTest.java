package org.backroot.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.backroot.safety.domain.Symptom;
import org.junit.jupiter.api.Test;

class NewSymptomTest {

    @Test
    void everyRedFlagMapsToASafetySymptom() {
        for (NewSymptom s : NewSymptom.values()) {
            assertThat(s.safetySymptom().isPresent()).as(s.code()).isEqualTo(s.redFlag());
        }
    }

    @Test
    void everySafetySymptomCanBeReportedInACheckIn() {
        for (Symptom symptom : Symptom.values()) {
            assertThat(NewSymptom.byCode(symptom.code())).as(symptom.code())
                    .hasValueSatisfying(s -> assertThat(s.redFlag()).isTrue());
        }
    }

    @Test
    void includesTheOrdinarySymptomsAndNone() {
        assertThat(Arrays.stream(NewSymptom.values()).filter(s -> !s.redFlag()).map(NewSymptom::code))
                .containsExactly("leg-pain-below-knee", "pins-and-needles", "stiffness-morning", "headache", "none");
    }

    @Test
    void labelsArePlainWordsWithoutFrighteningVerdicts() {
        for (NewSymptom s : NewSymptom.values()) {
            assertThat(s.label()).isNotBlank().doesNotContainIgnoringCase("damage").doesNotContainIgnoringCase("degenerat");
        }
    }

    @Test
    void findsCodesIgnoringCaseAndSpaces() {
        assertThat(NewSymptom.byCode(" Bladder-Change ")).contains(NewSymptom.BLADDER_CHANGE);
        assertThat(NewSymptom.byCode("nope")).isEmpty();
        assertThat(NewSymptom.byCode(null)).isEmpty();
    }
}
