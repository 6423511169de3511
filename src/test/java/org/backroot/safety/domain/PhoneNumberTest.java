package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void aLineIsCutIntoWordsAndTheNumbersToCall() {
        List<PhoneNumber.Piece> pieces = PhoneNumber.split("call emergency services (999 in the UK, 112 in Europe).");

        assertThat(pieces).containsExactly(
                new PhoneNumber.Piece("call emergency services (", null),
                new PhoneNumber.Piece("999", "999"),
                new PhoneNumber.Piece(" in the UK, ", null),
                new PhoneNumber.Piece("112", "112"),
                new PhoneNumber.Piece(" in Europe).", null));
    }

    @Test
    void otherNumbersStayWords() {
        assertThat(PhoneNumber.split("Answered 1999 or 9112 or HLA-B27, pain 9/10")).extracting(PhoneNumber.Piece::call).containsOnly(false);
        assertThat(PhoneNumber.split("")).isEmpty();
    }

    @Test
    void theEmergencyInstructionsNameEachEmergencyNumberOnce() {
        String text = SafetyInstructions.forOutcome(SafetyOutcome.EMERGENCY);
        for (PhoneNumber n : List.of(PhoneNumber.UK_EMERGENCY, PhoneNumber.EUROPE_EMERGENCY, PhoneNumber.NORTH_AMERICA_EMERGENCY)) {
            assertThat(PhoneNumber.split(text)).filteredOn(p -> n.digits().equals(p.tel())).hasSize(1);
        }
    }
}
