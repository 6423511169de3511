package org.backroot.safety.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.safety.domain.SafetyHistories.person;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.backroot.safety.domain.ClinicianClearance.TimedRestriction;
import org.junit.jupiter.api.Test;

class ClinicianClearanceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void aClinicianWhoRuledOutTheConditionOpensAPausedProgram() {
        SafetyStatus status = person().screen(MONDAY, "fever", "yes")
                .clinicianRecords(MONDAY.plusDays(1), MONDAY.plusDays(1), Set.of(RedFlagCondition.INFECTION)).status();
        assertThat(status.programAllowed()).isTrue();
        assertThat(status.clinicianCleared()).isTrue();
        assertThat(status.status()).isEqualTo(SafetyState.URGENT);
        assertThat(status.instructions()).contains("care team recorded");
    }

    @Test
    void aConditionTheClinicianDidNotRuleOutStaysOpen() {
        SafetyStatus status = person().screen(MONDAY, "fever", "yes", "foot-drop", "yes")
                .clinicianRecords(MONDAY, MONDAY.plusDays(1), Set.of(RedFlagCondition.INFECTION)).status();
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.reasons()).extracting(Reason::linkId).containsExactly("foot-drop");
    }

    @Test
    void anItemThatBearsOnTwoConditionsNeedsBothRuledOut() {
        // feeling unwell counts towards infection and malignancy; with fever it makes infection urgent
        SafetyHistories h = person().screen(MONDAY, "feeling-unwell", "yes", "weakened-immunity", "yes");
        assertThat(h.status().programAllowed()).isFalse();
        h.clinicianRecords(MONDAY, MONDAY.plusDays(1), Set.of(RedFlagCondition.MALIGNANCY));
        assertThat(h.status().programAllowed()).isFalse();
        h.clinicianRecords(MONDAY, MONDAY.plusDays(2), EnumSet.of(RedFlagCondition.MALIGNANCY, RedFlagCondition.INFECTION));
        assertThat(h.status().programAllowed()).isTrue();
    }

    @Test
    void aSignReportedAfterTheClearanceIsNeverHidden() {
        SafetyStatus status = person().screen(MONDAY, "fever", "yes")
                .clinicianRecords(MONDAY, MONDAY.plusDays(1), EnumSet.allOf(RedFlagCondition.class))
                .checkIn(MONDAY.plusDays(2), Symptom.FEVER).status();
        assertThat(status.programAllowed()).isFalse();
        assertThat(status.status()).isEqualTo(SafetyState.URGENT);
    }

    @Test
    void aSignAboutADayAfterTheAssessmentStaysOpenEvenWhenToldBeforeTheClearanceWasRecorded() {
        SafetyStatus status = person().screen(MONDAY).checkIn(MONDAY.plusDays(3), Symptom.FOOT_DROP)
                .clinicianRecords(MONDAY.plusDays(1), MONDAY.plusDays(4), EnumSet.allOf(RedFlagCondition.class)).status();
        assertThat(status.programAllowed()).isFalse();
    }

    @Test
    void theClinicianClearanceReplacesThePersonsOwnConfirmationGivenBeforeIt() {
        SafetyHistories h = person().screen(MONDAY, "foot-drop", "yes").clinician(MONDAY.plusDays(1), MONDAY.plusDays(1));
        assertThat(h.status().programAllowed()).isTrue();
        // the clinician assessed and ruled out infection only: the nerve sign is open again
        h.clinicianRecords(MONDAY.plusDays(2), MONDAY.plusDays(2), Set.of(RedFlagCondition.INFECTION));
        assertThat(h.status().programAllowed()).isFalse();
        // a later confirmation of the person's own counts as before
        h.clinician(MONDAY.plusDays(3), MONDAY.plusDays(3));
        assertThat(h.status().programAllowed()).isTrue();
        assertThat(h.status().instructions()).contains("You told us");
    }

    @Test
    void aClearanceThatOnlySetsRestrictionsReplacesNothing() {
        SafetyHistories h = person().screen(MONDAY, "foot-drop", "yes").clinician(MONDAY.plusDays(1), MONDAY.plusDays(1)).on(MONDAY.plusDays(2))
                .clinicianRecords(MONDAY.plusDays(2), MONDAY.plusDays(2), Set.of(), new TimedRestriction(Restriction.LYING_ON_BACK, 2));
        assertThat(h.status().programAllowed()).isTrue();
        assertThat(h.status().restrictions()).containsExactly(Restriction.LYING_ON_BACK);
    }

    @Test
    void ruledOutFractureLiftsTheLoadedBendingHoldButATimedRestrictionKeepsItForItsWeeks() {
        SafetyHistories h = person().screen(MONDAY, "fragile-bones", "yes", "sudden-severe-pain", "yes").on(MONDAY);
        assertThat(h.status().restrictions()).containsExactly(Restriction.LOADED_FLEXION);
        h.clinicianRecords(MONDAY, MONDAY, Set.of(RedFlagCondition.FRACTURE));
        assertThat(h.status().restrictions()).isEmpty();
        h.clinicianRecords(MONDAY, MONDAY.plusDays(1), Set.of(RedFlagCondition.FRACTURE),
                new TimedRestriction(Restriction.LOADED_FLEXION, 4), new TimedRestriction(Restriction.LYING_ON_BACK, 1));
        assertThat(h.on(MONDAY.plusDays(6)).status().restrictions()).containsExactlyInAnyOrder(Restriction.LOADED_FLEXION, Restriction.LYING_ON_BACK);
        assertThat(h.on(MONDAY.plusDays(7)).status().restrictions()).containsExactly(Restriction.LOADED_FLEXION);
        assertThat(h.on(MONDAY.plusWeeks(4).minusDays(1)).status().restrictions()).containsExactly(Restriction.LOADED_FLEXION);
        assertThat(h.on(MONDAY.plusWeeks(4)).status().restrictions()).isEmpty();
        assertThat(h.status().programAllowed()).isTrue();
    }

    @Test
    void aRestrictionHoldsAlsoWhileTheStatusShowsTheClinicianCheckedAnUrgentResult() {
        SafetyStatus status = person().screen(MONDAY, "major-trauma", "yes").on(MONDAY.plusDays(2))
                .clinicianRecords(MONDAY.plusDays(1), MONDAY.plusDays(1), Set.of(RedFlagCondition.FRACTURE),
                        new TimedRestriction(Restriction.LOADED_FLEXION, 6)).status();
        assertThat(status.clinicianCleared()).isTrue();
        assertThat(status.restrictions()).containsExactly(Restriction.LOADED_FLEXION);
    }

    @Test
    void aRestrictionDoesNotHoldBeforeTheAssessmentDay() {
        ClinicianClearance c = new ClinicianClearance("c", "clinician-1", "Dr Rivera", MONDAY, MONDAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                Set.of(), java.util.List.of(new TimedRestriction(Restriction.LYING_ON_BACK, 2)), null);
        assertThat(c.inForce(MONDAY.minusDays(1))).isEmpty();
        assertThat(c.inForce(MONDAY)).containsExactly(Restriction.LYING_ON_BACK);
    }
}
